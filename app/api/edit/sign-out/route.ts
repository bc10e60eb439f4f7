export const dynamic = 'force-dynamic';
import { signOut, notAllowed } from '@/lib/edit/routes';

export const POST = signOut;
export const { GET, PUT, PATCH, DELETE } = notAllowed('POST');
