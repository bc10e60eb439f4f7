/**
 * Next.js's routing of the API, in-process: a request that passed the guard goes to the same route
 * handler, with the same decoded params, as `next start` would send it to. Static segments win
 * over dynamic ones and anything else under /api falls to the catch-all, as in Next.js.
 */
import * as landing from '@/app/api/route';
import * as conformance from '@/app/api/conformance/route';
import * as openapi from '@/app/api/openapi/route';
import * as health from '@/app/api/health/route';
import * as collections from '@/app/api/collections/route';
import * as collection from '@/app/api/collections/[layer]/route';
import * as items from '@/app/api/collections/[layer]/items/route';
import * as item from '@/app/api/collections/[layer]/items/[id]/route';
import * as queryables from '@/app/api/collections/[layer]/queryables/route';
import * as sources from '@/app/api/sources/route';
import * as source from '@/app/api/sources/[id]/route';
import * as catchAll from '@/app/api/[...path]/route';
import * as editCheck from '@/app/api/edit/check/route';
import * as editCitations from '@/app/api/edit/citations/route';
import * as editFeatures from '@/app/api/edit/features/route';
import * as editReview from '@/app/api/edit/review/route';
import * as editSession from '@/app/api/edit/session/route';
import * as editSignOut from '@/app/api/edit/sign-out/route';
import * as editSources from '@/app/api/edit/sources/route';
import * as editState from '@/app/api/edit/state/route';

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
type RouteModule = { GET?: unknown; OPTIONS?: unknown; POST?: unknown; PUT?: unknown; PATCH?: unknown; DELETE?: unknown };

/** Route patterns in Next.js's precedence order; `:x` is one dynamic segment. */
const ROUTES: [string, RouteModule][] = [
  ['/api', landing],
  ['/api/conformance', conformance],
  ['/api/openapi', openapi],
  ['/api/health', health],
  ['/api/collections', collections],
  ['/api/sources', sources],
  ['/api/collections/:layer', collection],
  ['/api/sources/:id', source],
  ['/api/collections/:layer/items', items],
  ['/api/collections/:layer/queryables', queryables],
  ['/api/collections/:layer/items/:id', item],
  // The editor's routes (POST, and 405 for the other write methods).
  ['/api/edit/check', editCheck],
  ['/api/edit/citations', editCitations],
  ['/api/edit/features', editFeatures],
  ['/api/edit/review', editReview],
  ['/api/edit/session', editSession],
  ['/api/edit/sign-out', editSignOut],
  ['/api/edit/sources', editSources],
  ['/api/edit/state', editState],
];

/** The editor's write routes, for the fuzz's own checks. */
export const EDIT_ROUTES = ROUTES.filter(([p]) => p.startsWith('/api/edit/')).map(([p]) => p);

/** Route names, for counting which routes a run reached. */
export const ROUTE_NAMES = [...ROUTES.map(([p]) => p), '/api/[...path]'];

export interface Routed {
  route: string;
  /** Next.js answers a trailing or doubled slash with a 308 before any handler runs. */
  redirect?: true;
  call?: (request: Request) => Promise<Response>;
}

/**
 * The handler Next.js would run for `path` (raw, percent-encoded) under /api and `method`
 * (GET, HEAD or OPTIONS: the guard answers every other method).
 */
export function route(path: string, method: string): Routed {
  if (/\/\/|\\/.test(path) || (path.length > 1 && path.endsWith('/'))) return { route: 'redirect', redirect: true };
  const segments = path.split('/').slice(1).map((s) => decodeURIComponent(s));
  for (const [pattern, mod] of ROUTES) {
    const parts = pattern.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    if (parts.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = segments[i]!), true) : p === segments[i]))) {
      return { route: pattern, call: (request) => invoke(mod, method, request, params) };
    }
  }
  return { route: '/api/[...path]', call: (request) => invoke(catchAll, method, request, { path: segments.slice(1) }) };
}

async function invoke(mod: RouteModule, method: string, request: Request, params: Record<string, string | string[]>): Promise<Response> {
  // Next.js answers OPTIONS itself where a route exports none (204 with Allow), and HEAD from GET.
  if (method === 'OPTIONS' && !mod.OPTIONS) return new Response(null, { status: 204 });
  const handler = mod[(method === 'HEAD' ? 'GET' : method) as keyof RouteModule] as Handler;
  const res = await handler(request, { params: Promise.resolve(params) });
  // Next.js answers HEAD from GET, without the body.
  return method === 'HEAD' ? new Response(null, { status: res.status, headers: res.headers }) : res;
}
