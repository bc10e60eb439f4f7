export const dynamic = 'force-dynamic';
import { notAllowed, signIn, whoAmI } from '@/lib/edit/routes';

export const GET = whoAmI;
export const POST = signIn;
export const { PUT, PATCH, DELETE } = notAllowed('GET, HEAD, POST');
