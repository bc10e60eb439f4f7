/**
 * The non-GET handlers every API route re-exports: CORS preflight for OPTIONS, 405 for writes.
 * HEAD is derived from GET by Next.js.
 *
 * @example export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';
 */
import { methodNotAllowed, preflight } from './handler';

export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
