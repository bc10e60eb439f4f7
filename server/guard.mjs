// @ts-check
/**
 * The request guard: decides, from the request line and headers alone, whether a request may go
 * on to Next.js or gets its answer here. Next.js cannot answer some requests correctly (it fails
 * with a 500 on `TRACE`, on the asterisk-form `OPTIONS *`, on a malformed `%` escape in a dynamic
 * path segment; it answers `POST /` with the page and `PROPFIND /api` with an empty 400), so they
 * are settled before it sees them. Pure (no I/O), so the fuzz test runs it in-process.
 */

import { createRequire } from 'node:module';

/**
 * Next.js's own parser of the header its client sends with RSC navigations; on a malformed value
 * it throws and the request ends in a 500. Using the same function keeps the check exact.
 * @type {(value: string | string[] | undefined) => unknown}
 */
const parseRouterState = createRequire(import.meta.url)('next/dist/server/app-render/parse-and-validate-flight-router-state.js').parseAndValidateFlightRouterState;

/** Every resource here is read-only, except the editor's: these are all the methods anything else answers. */
export const ALLOW = 'GET, HEAD, OPTIONS';

/**
 * The editor's routes (lib/edit/http.ts) also take POST, PUT, PATCH and DELETE (they answer all
 * but POST with a 405 naming what they take, and check who sends a POST and from where). Matched
 * exactly, as sent: a dot segment or an escape (`/api/edit/../`) must not carry a write elsewhere.
 */
export const EDIT_ROUTE = /^\/api\/edit\/(check|citations|features|review|session|sign-out|sources|state)$/;

/** Next.js's own not-found route: a page path that cannot be decoded is shown this page (404). */
export const NOT_FOUND_PATH = '/_not-found';

/**
 * @typedef {object} GuardRequest
 * @property {string} method - as Node parsed it (upper case)
 * @property {string} url - the request target exactly as sent
 * @property {Record<string, string | string[] | undefined>} headers - lower-case names
 * @property {string[]} [rawHeaders] - name/value pairs as sent, to count repeated Host lines
 * @property {string} [httpVersion] - '1.1', '1.0' …
 *
 * @typedef {object} Reply
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string} body - empty for 204; Node drops it for HEAD
 *
 * @typedef {{ kind: 'reply', api: boolean, reply: Reply }
 *   | { kind: 'pass', api: boolean, url: string, host?: string }} Decision
 *   `pass`: hand the request to Next.js with this target (and, for absolute-form, this Host).
 */

/**
 * Whether a path belongs to the API, whose errors are JSON. Repeated slashes and backslashes count
 * as one slash, as Next.js redirects `//api` and `\api` to `/api`.
 * @param {string} path
 */
export function isApiPath(path) {
  const p = (path.split(/[?#]/, 1)[0] ?? '').replace(/[\\/]+/g, '/');
  return p === '/api' || p.startsWith('/api/');
}

/**
 * The guard's decision for one request.
 * @param {GuardRequest} req
 * @returns {Decision}
 */
export function guard(req) {
  const { method } = req;
  let target = req.url;
  /** @type {string | undefined} */
  let host;

  if (target === '*') {
    // RFC 9110 §9.3.7: `OPTIONS *` asks about the server as a whole; no other method may use it.
    if (method === 'OPTIONS') return { kind: 'reply', api: false, reply: { status: 204, headers: { Allow: ALLOW }, body: '' } };
    return reject(false, 400, 'InvalidPath', `The request target "*" is only meaningful with OPTIONS, not ${method}.`);
  }
  if (!target.startsWith('/')) {
    // Absolute-form (RFC 9112 §3.2.2), as proxies send it: its authority replaces Host.
    const url = /^https?:\/\//i.test(target) && URL.canParse(target) ? new URL(target) : null;
    if (!url || !url.host) return reject(false, 400, 'InvalidPath', `The request target ${shown(target)} is not a path or an http(s) URL.`);
    target = `${url.pathname}${url.search}`;
    host = url.host;
  }

  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const api = isApiPath(path);

  const hostProblem = host === undefined ? hostHeaderProblem(req) : null;
  if (hostProblem) return reject(api, 400, 'InvalidHost', hostProblem);

  if (api) {
    const editWrite = EDIT_ROUTE.test(path) && (method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE');
    if (!editWrite && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      return reject(api, 405, 'MethodNotAllowed', `${method} is not allowed here; this API is read-only (${ALLOW}).`);
    }
  } else if (method === 'OPTIONS') {
    return { kind: 'reply', api, reply: { status: 204, headers: { Allow: ALLOW, 'Cache-Control': 'no-store' }, body: '' } };
  } else if (method !== 'GET' && method !== 'HEAD') {
    return reject(api, 405, 'MethodNotAllowed', `${method} is not allowed here; pages and files are read-only (${ALLOW}).`);
  }

  if (!validRouterState(req.headers['next-router-state-tree'])) {
    return reject(api, 400, 'InvalidHeader', 'The Next-Router-State-Tree header is not a router state this site sent.');
  }

  const bad = path.split('/').find((segment) => !decodes(segment));
  if (bad !== undefined) {
    if (api) return reject(api, 400, 'InvalidPath', `The path segment ${shown(bad)} is not valid percent-encoded UTF-8.`);
    return { kind: 'pass', api, url: NOT_FOUND_PATH, ...(host ? { host } : {}) };
  }
  return { kind: 'pass', api, url: target, ...(host ? { host } : {}) };
}

/** @param {string | string[] | undefined} value */
function validRouterState(value) {
  if (value === undefined) return true;
  try {
    parseRouterState(value);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} segment */
function decodes(segment) {
  if (!segment.includes('%')) return true;
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** A bare host[:port]: a DNS-style name (underscores allowed, as container names use them), IPv4 or [IPv6]. */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_.])?)(?::(\d{1,5}))?$/i;

/**
 * Why the Host header is unusable (RFC 9112 §3.2: missing on HTTP/1.1, repeated, or not a host a
 * URL can be built on, such as `1.2.3.256`), or null.
 * @param {GuardRequest} req
 */
export function hostHeaderProblem(req) {
  const lines = (req.rawHeaders ?? []).filter((_, i, all) => i % 2 === 0 && all[i]?.toLowerCase() === 'host').length;
  if (lines > 1) return 'The request has more than one Host header.';
  const value = req.headers.host;
  const h = typeof value === 'string' ? value.trim() : '';
  if (h === '') return req.httpVersion === '1.0' ? null : 'HTTP/1.1 requests need a Host header.';
  const m = h.length <= 255 ? HOST.exec(h) : null;
  if (!m || Number(m[1] ?? 0) > 65535 || !URL.canParse(`http://${h}/`)) return `The Host header ${shown(h)} is not a host name, address or port.`;
  return null;
}

/** A client's text as a description quotes it: JSON-escaped and cut to 80 characters. */
/** @param {string} value */
export function shown(value) {
  const points = Array.from(value.slice(0, 162));
  return JSON.stringify(points.length > 80 ? `${points.slice(0, 80).join('')}…` : value);
}

/**
 * An error reply: `{code, description}` JSON under /api (with CORS, except for 405, as the API's
 * own errors), plain text elsewhere. Never cached.
 * @param {boolean} api
 * @param {number} status
 * @param {string} code
 * @param {string} description
 * @returns {{ kind: 'reply', api: boolean, reply: Reply }}
 */
export function reject(api, status, code, description) {
  /** @type {Record<string, string>} */
  const headers = { 'Cache-Control': 'no-store' };
  if (status === 405) headers.Allow = ALLOW;
  if (api) {
    headers['Content-Type'] = 'application/json';
    if (status !== 405) headers['Access-Control-Allow-Origin'] = '*';
    return { kind: 'reply', api, reply: { status, headers, body: JSON.stringify({ code, description }) } };
  }
  headers['Content-Type'] = 'text/plain; charset=utf-8';
  return { kind: 'reply', api, reply: { status, headers, body: `${status} ${REASONS[status] ?? 'Error'}: ${description}\n` } };
}

/** @type {Record<number, string>} */
const REASONS = { 400: 'Bad Request', 405: 'Method Not Allowed', 417: 'Expectation Failed', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error' };
