/**
 * The editor's routes, in-process, as Next.js calls them: off without the secret, writes only from a
 * signed-in editor on this site's own pages, with a JSON body; nothing here writes data.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as check from '@/app/api/edit/check/route';
import * as citations from '@/app/api/edit/citations/route';
import * as features from '@/app/api/edit/features/route';
import * as review from '@/app/api/edit/review/route';
import * as session from '@/app/api/edit/session/route';
import * as signOut from '@/app/api/edit/sign-out/route';
import * as sources from '@/app/api/edit/sources/route';
import * as state from '@/app/api/edit/state/route';
import { SESSION_COOKIE, sessionToken } from '@/lib/edit/session';

const SECRET = 'a-secret-for-the-tests-0123';
const ORIGIN = 'http://localhost:3000';
const WRITES = { check, citations, features, review, sources, 'sign-out': signOut, session } as const;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/edit/${path}`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const cookie = (name = 'Ana', secret = SECRET, now = Date.now()) => `${SESSION_COOKIE}=${sessionToken(secret, name, now)}`;

async function answer(res: Response) {
  const body = (await res.json()) as { code?: string; description?: string };
  return { status: res.status, code: body.code, body, cache: res.headers.get('cache-control'), cors: res.headers.get('access-control-allow-origin') };
}

afterEach(() => vi.unstubAllEnvs());

describe('editing off (no ATLAS_EDITOR_SECRET)', () => {
  it.each(Object.entries(WRITES))('POST %s answers 403 EditingDisabled', async (_name, route) => {
    const r = await answer(await route.POST(post('x', {}, { cookie: cookie() })));
    expect([r.status, r.code]).toEqual([403, 'EditingDisabled']);
    expect(r.body.description).toContain('ATLAS_EDITOR_SECRET');
    expect(r.cache).toBe('no-store');
    expect(r.cors).toBeNull();
  });

  it('a secret shorter than 16 characters keeps editing off', async () => {
    vi.stubEnv('ATLAS_EDITOR_SECRET', 'short');
    expect((await answer(await features.POST(post('features', {})))).code).toBe('EditingDisabled');
  });
});

describe('editing on', () => {
  beforeEach(() => vi.stubEnv('ATLAS_EDITOR_SECRET', SECRET));

  it.each(Object.entries(WRITES).filter(([n]) => n !== 'session' && n !== 'sign-out'))('POST %s without a sign-in answers 401 SignInRequired', async (_name, route) => {
    const r = await answer(await route.POST(post('x', {})));
    expect([r.status, r.code]).toEqual([401, 'SignInRequired']);
  });

  it.each([
    ['no Origin', { origin: '' }],
    ['another site', { origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['another port', { origin: 'http://localhost:4000' }],
  ])('refuses a write from %s with 403 CrossSiteRequest, signed in or not', async (_what, headers) => {
    const h: Record<string, string> = { cookie: cookie(), ...headers };
    const request = post('features', {}, h);
    if (h.origin === '') request.headers.delete('origin');
    const r = await answer(await features.POST(request));
    expect([r.status, r.code]).toEqual([403, 'CrossSiteRequest']);
    // Signing in is refused the same way: a login form on another site cannot plant a session.
    const s = post('session', { name: 'Eve', secret: SECRET }, headers);
    if (h.origin === '') s.headers.delete('origin');
    expect((await answer(await session.POST(s))).code).toBe('CrossSiteRequest');
  });

  it('refuses a form post (415) and a body that is not JSON (400)', async () => {
    expect((await answer(await features.POST(post('features', 'a=b', { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' })))).status).toBe(415);
    expect((await answer(await features.POST(post('features', '{', { cookie: cookie() })))).code).toBe('InvalidBody');
  });

  it('stops reading a body past the limit, with or without a Content-Length (sign-in: 8 kB)', async () => {
    const big = new ReadableStream({
      start(c) {
        for (let i = 0; i < 64; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        c.close();
      },
    });
    const chunked = new Request(`${ORIGIN}/api/edit/session`, { method: 'POST', headers: { host: 'localhost:3000', origin: ORIGIN, 'content-type': 'application/json' }, body: big, duplex: 'half' } as RequestInit);
    expect((await answer(await session.POST(chunked))).status).toBe(413);
    const declared = post('session', { name: 'Ana', secret: 'x'.repeat(9000) });
    expect((await answer(await session.POST(declared))).status).toBe(413);
  });

  it('refuses a forged, re-signed or expired session cookie', async () => {
    const forged = `${SESSION_COOKIE}=${Buffer.from(JSON.stringify({ n: 'Eve', e: 9e9 })).toString('base64url')}.AAAA`;
    const other = cookie('Eve', 'another-secret-of-16-chars');
    const expired = cookie('Ana', SECRET, Date.now() - 13 * 3600_000);
    for (const c of [forged, other, expired]) expect((await answer(await features.POST(post('features', {}, { cookie: c })))).code).toBe('SignInRequired');
  });

  it('signs in with the secret: an HTTP-only, same-site cookie that later requests carry', async () => {
    const wrong = await answer(await session.POST(post('session', { name: 'Ana', secret: 'not it' })));
    expect([wrong.status, wrong.code]).toEqual([401, 'WrongSecret']);
    const res = await session.POST(post('session', { name: 'Ana', secret: SECRET }));
    expect(res.status).toBe(200);
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]+\\.[\\w-]+; Max-Age=43200; Path=/; HttpOnly; SameSite=Strict$`));
    const token = set.split(';')[0]!;
    const who = await answer(await session.GET(new Request(`${ORIGIN}/api/edit/session`, { headers: { cookie: token } })));
    expect(who.body).toEqual({ editing: true, editor: 'Ana' });
    const st = await answer(await state.GET(new Request(`${ORIGIN}/api/edit/state`, { headers: { cookie: token } })));
    expect(st.body).toMatchObject({ editor: 'Ana', drafts: [], version: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  it('a name is required to sign in', async () => {
    const r = await answer(await session.POST(post('session', { name: '  ', secret: SECRET })));
    expect([r.status, r.code]).toEqual([400, 'InvalidDraft']);
  });

  it('a GET on a write route changes nothing and answers 405 naming POST', async () => {
    const res = await features.GET(new Request(`${ORIGIN}/api/edit/features`, { headers: { cookie: cookie() } }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('checks a draft without writing: problems by field', async () => {
    const draft = { feature: { geometry: null, properties: { layer: 'exercises', name: 'X', citations: [] } } };
    const r = await answer(await check.POST(post('check', draft, { cookie: cookie() })));
    expect(r.status).toBe(200);
    const fields = (r.body as { problems: { field: string }[] }).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['citations', 'geometry', 'kind', 'actors']));
  });

  it('a save names the version it started from; a malformed one is refused at the boundary', async () => {
    const r = await answer(await features.POST(post('features', { baseVersion: 'nope', feature: { geometry: null, properties: { layer: 'exercises', name: 'X', citations: [] } } }, { cookie: cookie() })));
    expect([r.status, r.code]).toEqual([400, 'InvalidDraft']);
  });
});
