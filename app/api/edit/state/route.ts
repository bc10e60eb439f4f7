export const dynamic = 'force-dynamic';
import { notAllowed, state } from '@/lib/edit/routes';

export const GET = state;
export const { POST, PUT, PATCH, DELETE } = notAllowed('GET, HEAD');
