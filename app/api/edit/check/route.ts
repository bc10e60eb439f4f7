export const dynamic = 'force-dynamic';
import { checkFeature, notAllowed } from '@/lib/edit/routes';

export const POST = checkFeature;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
