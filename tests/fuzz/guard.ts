/** The server's request guard and its types, for the tests (server/guard.mjs is typed by its JSDoc). */
export { ALLOW, guard } from '@/server/guard.mjs';
export type { Decision, GuardRequest } from '@/server/guard.mjs';

import type { GuardRequest } from '@/server/guard.mjs';

/** A generated request: like the server's, with each header given once, as a string. */
export type FuzzRequest = GuardRequest & { headers: Record<string, string> };
