export const dynamic = 'force-dynamic';
import { addFeature, notAllowed } from '@/lib/edit/routes';

export const POST = addFeature;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
