import { MEDIA } from './constants';

/** An OGC/RFC 8288 link object. */
export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The origin links are built from. `X-Forwarded-Host`/`-Proto` are honoured only when they are
 * plain (a bare host[:port], http or https), so a proxy can put the API behind another name but a
 * crafted header cannot inject arbitrary text into links.
 */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim() ?? '';
  const host = first('x-forwarded-host');
  const proto = first('x-forwarded-proto').toLowerCase();
  const useHost = HOST.test(host) ? host : url.host;
  const useProto = proto === 'http' || proto === 'https' ? proto : url.protocol.replace(/:$/, '');
  return `${useProto}://${useHost}`;
}

/** The absolute URL of an API path, e.g. `apiUrl(origin, '/collections')`. */
export function apiUrl(origin: string, path: string): string {
  return `${origin}/api${path === '/' ? '' : path}`;
}

/** A JSON link; most links point at JSON documents. */
export function jsonLink(href: string, rel: string, title?: string): Link {
  return { href, rel, type: MEDIA.json, ...(title ? { title } : {}) };
}
