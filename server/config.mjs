// @ts-check
/**
 * The server's settings, from the environment, checked once at start so a typo fails loudly
 * instead of producing wrong links or headers on every request. Documented in the README.
 */

/**
 * @typedef {object} ServerConfig
 * @property {boolean} trustProxy - `ATLAS_TRUST_PROXY=1`: keep `Forwarded`/`X-Forwarded-*` from the proxy
 * @property {string | null} publicOrigin - `ATLAS_PUBLIC_ORIGIN`, e.g. `https://atlas.example.org`
 * @property {string | null} hsts - the Strict-Transport-Security value (`ATLAS_HSTS`), TLS deployments only
 * @property {boolean} editing - `ATLAS_EDITOR_SECRET` is set: the editor's pages and write routes are on
 */

/** Two years, the preload list's minimum, when `ATLAS_HSTS=1`. */
export const HSTS_DEFAULT = 'max-age=63072000';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {ServerConfig}
 */
export function serverConfig(env) {
  const trust = env.ATLAS_TRUST_PROXY ?? '';
  if (!['', '0', '1'].includes(trust)) throw new Error(`ATLAS_TRUST_PROXY must be 1 or 0; got ${JSON.stringify(trust)}.`);
  const secret = env.ATLAS_EDITOR_SECRET ?? '';
  if (secret !== '' && secret.length < EDITOR_SECRET_MIN) {
    throw new Error(`ATLAS_EDITOR_SECRET must be at least ${EDITOR_SECRET_MIN} characters (it is ${secret.length}); unset it to keep editing off.`);
  }
  return { trustProxy: trust === '1', publicOrigin: publicOrigin(env.ATLAS_PUBLIC_ORIGIN), hsts: hsts(env.ATLAS_HSTS), editing: secret !== '' };
}

/** The shortest editor secret accepted (lib/edit/session.ts says the same). */
export const EDITOR_SECRET_MIN = 16;

/** Same rule as lib/http/origin.ts, checked here at start. @param {string | undefined} raw */
function publicOrigin(raw) {
  if (raw === undefined || raw.trim() === '') return null;
  const url = URL.canParse(raw.trim()) ? new URL(raw.trim()) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new Error(`ATLAS_PUBLIC_ORIGIN must be an http(s) origin such as https://atlas.example.org; got ${JSON.stringify(raw)}.`);
  }
  return url.origin;
}

/** `1` → two years; a full `max-age=…` value is used as given; unset or `0` → none. @param {string | undefined} raw */
function hsts(raw) {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0') return null;
  if (value === '1') return HSTS_DEFAULT;
  if (/^max-age=\d+(\s*;\s*(includeSubDomains|preload))*$/i.test(value)) return value;
  throw new Error(`ATLAS_HSTS must be 1, 0 or a Strict-Transport-Security value such as "max-age=63072000; includeSubDomains"; got ${JSON.stringify(raw)}.`);
}
