export const dynamic = 'force-dynamic';
import { addSource, notAllowed } from '@/lib/edit/routes';

export const POST = addSource;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
