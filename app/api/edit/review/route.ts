export const dynamic = 'force-dynamic';
import { review, notAllowed } from '@/lib/edit/routes';

export const POST = review;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
