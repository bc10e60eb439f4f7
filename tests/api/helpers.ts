/** Calling route handlers directly, the way Next.js would. */
export const ORIGIN = 'http://localhost';

/** A request for an API path, e.g. `get('/api/collections?f=json')`. */
export function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Request {
  return new Request(`${ORIGIN}${path}`, { method, headers });
}

/** The second argument Next.js passes to a dynamic route handler. */
export function ctx<P extends Record<string, string | string[]>>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}

/** The JSON body of a response, failing loudly when it is not JSON. */
export async function body<T = Record<string, unknown>>(res: Response): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`not JSON (status ${res.status}): ${text.slice(0, 200)}`);
  }
}

export interface LinkJson {
  href: string;
  rel: string;
  type?: string;
}

/** The link with this rel, or undefined. */
export function linkOf(doc: { links?: LinkJson[] }, rel: string): LinkJson | undefined {
  return doc.links?.find((l) => l.rel === rel);
}
