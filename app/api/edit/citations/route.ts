export const dynamic = 'force-dynamic';
import { addCitation, notAllowed } from '@/lib/edit/routes';

export const POST = addCitation;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
