/**
 * Editor sessions. Editing is off unless the operator sets `ATLAS_EDITOR_SECRET`; an editor signs in
 * with their name and that secret and gets an HTTP-only cookie holding their name and an expiry,
 * signed with a key derived from the secret (changing the secret signs everyone out). Node only.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { EditorName } from '@/lib/data/schema';

export const SESSION_COOKIE = 'atlas_editor';
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 12 * 60 * 60;
/** The shortest secret the server accepts (checked at start by server/config.mjs as well). */
export const SECRET_MIN_LENGTH = 16;

/** The configured secret, or null when editing is off. */
export function editorSecret(env: Record<string, string | undefined> = process.env): string | null {
  const secret = env.ATLAS_EDITOR_SECRET ?? '';
  return secret.length >= SECRET_MIN_LENGTH ? secret : null;
}

const keyOf = (secret: string) => createHash('sha256').update('atlas-editor-session\0').update(secret).digest();
const sign = (secret: string, payload: string) => createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

/** Whether `given` is the secret, in time independent of where they differ. */
export function secretMatches(secret: string, given: string): boolean {
  const a = createHash('sha256').update(secret).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The cookie value for an editor signed in at `now` (ms). */
export function sessionToken(secret: string, name: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ n: name, e: Math.floor(now / 1000) + SESSION_SECONDS })).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The editor's name from a cookie value, or null when it is forged, malformed or expired. */
export function sessionEditor(secret: string, token: string | undefined, now = Date.now()): string | null {
  if (!token) return null;
  const [payload, mac, rest] = token.split('.');
  if (!payload || !mac || rest !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { n, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { n?: unknown; e?: unknown };
    if (typeof e !== 'number' || e * 1000 <= now) return null;
    const name = EditorName.safeParse(n);
    return name.success ? name.data : null;
  } catch {
    return null;
  }
}

/** The `Set-Cookie` value that signs in (`token`) or out (null). */
export function sessionCookie(token: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  return token === null ? `${SESSION_COOKIE}=; Max-Age=0; ${attributes.join('; ')}` : `${SESSION_COOKIE}=${token}; Max-Age=${SESSION_SECONDS}; ${attributes.join('; ')}`;
}

/** A cookie's value from a `Cookie` header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
