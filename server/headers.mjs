// @ts-check
/**
 * The security headers every response carries (pages, API, static files, errors), and the
 * clean-up of what Next.js adds on its own. Found by testing in Chromium with the policy enforced
 * (e2e/security.spec.ts): MapLibre needs `worker-src 'self'` for its module worker and `blob:`
 * nowhere, as it loads the worker from /maplibre/<version>/ and draws labels with TinySDF.
 */
import { randomBytes } from 'node:crypto';

/** A fresh script nonce: 128 random bits, base64 (the form Next.js reads back from the CSP). */
export function newNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy for a response whose scripts carry `nonce`.
 *
 * - Scripts: only those with the nonce, and what they load (`'strict-dynamic'`): Next.js puts the
 *   nonce on every script tag it renders. `'self'` is the fallback for browsers without
 *   `'strict-dynamic'`. No `'unsafe-inline'`, no `'unsafe-eval'`.
 * - Styles: the app's own stylesheets and nonced `<style>`; `style-src-attr 'unsafe-inline'`
 *   because React renders `style="…"` attributes into the server HTML (the time axis, the map
 *   container). Inline style *attributes* cannot run script; `<style>` elements stay nonce-only.
 * - Everything else is 'self' or nothing: the atlas fetches, draws and loads workers only from
 *   its own origin (`data:` images are the CSS's inline icons).
 * @param {string} nonce
 */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Powerful features the atlas never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * The headers every response carries, whatever it is.
 * @param {{ api: boolean, hsts: string | null }} options
 *   `api`: the read-only public API may be read cross-origin (CORS `*`), so its resource policy is
 *   `cross-origin`; pages and files are `same-origin`. `hsts`: the Strict-Transport-Security value,
 *   only when the deployment is served over TLS (`ATLAS_HSTS`).
 * @returns {Record<string, string>}
 */
export function baseSecurityHeaders({ api, hsts }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': api ? 'cross-origin' : 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': hsts } : {}),
  };
}

/**
 * The headers only a document or a worker uses (DOCUMENT_ONLY_HEADERS, below), for a response whose
 * scripts carry `nonce`.
 * @param {string} nonce
 * @returns {Record<string, string>}
 */
export function documentHeaders(nonce) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The whole header set of one response: the base set and the document set.
 * @param {{ nonce: string, api: boolean, hsts: string | null }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ nonce, api, hsts }) {
  return { ...documentHeaders(nonce), ...baseSecurityHeaders({ api, hsts }) };
}

/**
 * Adds the document headers to a response not yet sent (a fresh nonce unless one is given).
 * @param {import('node:http').ServerResponse} res
 * @param {string} [nonce]
 */
export function setDocumentHeaders(res, nonce = newNonce()) {
  for (const [name, value] of Object.entries(documentHeaders(nonce))) res.setHeader(name, value);
}

/**
 * Headers that only mean something on a document (or a worker, which takes its policy from its
 * own script's response): the policy, framing, powerful features and the opener. A stylesheet,
 * a font, a chunk of script or a data file never runs as a page, so the static stage sends them
 * without these (about 800 bytes on each of a first visit's twenty-odd files, and no nonce to
 * make); `nosniff`, the resource policy, the referrer policy and HSTS stay on everything.
 */
export const DOCUMENT_ONLY_HEADERS = ['Content-Security-Policy', 'X-Frame-Options', 'Permissions-Policy', 'Cross-Origin-Opener-Policy'];

/**
 * Whether a static file can run as a document or a worker and so needs the document headers:
 * MapLibre's worker script (it fetches with the policy of its own response) and SVG (which can
 * script when opened on its own).
 * @param {string} urlPath
 * @param {string} type the Content-Type it is served with
 */
export function runsAsDocument(urlPath, type) {
  return type.startsWith('image/svg+xml') || type.startsWith('text/html') || (urlPath.startsWith('/maplibre/') && /worker/i.test(urlPath));
}

/** Headers that only describe Next.js internals (cache state, prerendering, proxy plumbing). */
const FRAMEWORK_HEADER = /^(x-nextjs-|x-middleware-|x-powered-by$|x-invoke-|x-next-)/i;

/** Vary tokens Next.js adds for its React Server Components requests, which the API never serves. */
const RSC_VARY = /^(rsc|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|next-url)$/i;

/**
 * Just before the headers are written: drops framework headers and, on API responses, Next's RSC
 * `Vary` tokens, so a 304 and its 200 carry the same `Vary`.
 * @param {import('node:http').ServerResponse} res
 * @param {{ api: boolean }} options
 */
export function cleanResponseHeaders(res, { api }) {
  for (const name of res.getHeaderNames()) if (FRAMEWORK_HEADER.test(name)) res.removeHeader(name);
  if (!api) return;
  const vary = res.getHeader('vary');
  if (vary === undefined) return;
  /** @type {Map<string, string>} */
  const tokens = new Map();
  for (const t of String(vary).split(',').map((s) => s.trim())) if (t && !RSC_VARY.test(t)) tokens.set(t.toLowerCase(), t);
  if (tokens.size) res.setHeader('Vary', [...tokens.values()].join(', '));
  else res.removeHeader('Vary');
}
