/**
 * The origin (scheme and host) absolute links are built from, and which request headers it
 * depends on. Forwarded headers are anyone's to send, so they count only when the deployment
 * says a proxy sets them:
 *
 * - `ATLAS_PUBLIC_ORIGIN=https://atlas.example.org`: every link uses that origin, whatever the
 *   request says (the safest setting behind a proxy or CDN).
 * - `ATLAS_TRUST_PROXY=1`: the proxy's `Forwarded` (RFC 7239) or `X-Forwarded-Host` /
 *   `X-Forwarded-Proto` headers name the origin; the proxy must overwrite what clients send.
 * - neither (the default): the request's own `Host` header and scheme; forwarded headers are
 *   ignored (and the server in `server/` strips them before Next.js sees them).
 */

export interface OriginPolicy {
  /** The configured public origin (`ATLAS_PUBLIC_ORIGIN`), e.g. `https://atlas.example.org`. */
  publicOrigin: string | null;
  /** Whether forwarded headers are honoured (`ATLAS_TRUST_PROXY=1`). */
  trustProxy: boolean;
}

/**
 * The policy from the environment. An `ATLAS_PUBLIC_ORIGIN` that is not an http(s) origin is a
 * configuration error and throws, so a typo cannot silently put wrong links into cached responses.
 */
export function originPolicy(env: Record<string, string | undefined> = process.env): OriginPolicy {
  return { publicOrigin: parsePublicOrigin(env.ATLAS_PUBLIC_ORIGIN), trustProxy: env.ATLAS_TRUST_PROXY === '1' };
}

function parsePublicOrigin(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const url = URL.canParse(raw.trim()) ? new URL(raw.trim()) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new Error(`ATLAS_PUBLIC_ORIGIN must be an http(s) origin such as https://atlas.example.org; got ${JSON.stringify(raw)}.`);
  }
  return url.origin;
}

/**
 * A bare host[:port]: a DNS-style name (underscores allowed, as container names use them), an IPv4
 * address or a bracketed IPv6 address. The same rule as the server's Host check (server/guard.mjs).
 */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_.])?)(?::\d{1,5})?$/i;

/**
 * `host` when it is a host[:port] a URL can be built on (`1.2.3.256` and port 99999 are not),
 * else null. Keeps crafted text out of links.
 */
export function plainHost(host: string | null | undefined): string | null {
  const h = host?.trim() ?? '';
  if (h.length > 255 || !HOST.test(h) || !URL.canParse(`http://${h}/`)) return null;
  const port = /:(\d+)$/.exec(h)?.[1];
  return port !== undefined && Number(port) > 65535 ? null : h;
}

/** First element of a comma-separated header, trimmed. */
function first(value: string | null): string {
  return value?.split(',')[0]?.trim() ?? '';
}

/** `host=` and `proto=` of the first element of an RFC 7239 `Forwarded` header (the client-facing proxy). */
function forwarded(value: string | null): { host?: string; proto?: string } {
  const out: { host?: string; proto?: string } = {};
  for (const pair of first(value).split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq).trim().toLowerCase();
    const v = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'host' || key === 'proto') out[key] = v;
  }
  return out;
}

const proto = (p: string | undefined) => (p === 'http' || p === 'https' ? p : null);

/**
 * The origin for links in the response to `request`, e.g. `http://localhost:3000`.
 *
 * @example requestOrigin(new Request('http://localhost/api', { headers: { host: 'a.org:8080' } })) // 'http://a.org:8080'
 */
export function requestOrigin(request: Request, policy: OriginPolicy = originPolicy()): string {
  if (policy.publicOrigin) return policy.publicOrigin;
  const url = new URL(request.url);
  const own = { host: plainHost(request.headers.get('host')) ?? url.host, proto: url.protocol.slice(0, -1) };
  if (!policy.trustProxy) return `${own.proto}://${own.host}`;
  const fwd = forwarded(request.headers.get('forwarded'));
  const host = plainHost(fwd.host ?? first(request.headers.get('x-forwarded-host'))) ?? own.host;
  const scheme = proto(fwd.proto?.toLowerCase()) ?? proto(first(request.headers.get('x-forwarded-proto')).toLowerCase()) ?? own.proto;
  return `${scheme}://${host}`;
}

/**
 * The `Vary` of a negotiated API representation: it follows `Accept`, the encoding Next.js
 * compresses with, and, only when they are trusted, the forwarded headers its links follow. (The
 * `Host` is part of every cache key already.)
 */
export function varyOf(policy: OriginPolicy = originPolicy()): string {
  const forwardedHeaders = policy.trustProxy && !policy.publicOrigin ? ', Forwarded, X-Forwarded-Host, X-Forwarded-Proto' : '';
  return `Accept, Accept-Encoding${forwardedHeaders}`;
}
