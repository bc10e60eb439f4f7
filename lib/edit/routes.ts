/**
 * The editor's route handlers, thin: parse the body at the boundary, build the plan, save. The
 * files under app/api/edit/ only re-export these.
 */
import type { z } from 'zod';
import { getAtlas } from '@/lib/data';
import type { Atlas } from '@/lib/data/types';
import { ApiError } from '@/lib/http/errors';
import { editJson, editMethodNotAllowed, editRoute } from './http';
import { CheckFeature, parseBody, SaveCitation, SaveFeature, SaveReview, SaveSource, SignIn } from './inputs';
import { addCitationPlan, addFeaturePlan, addSourcePlan, reviewPlan, updateFeaturePlan } from './plans';
import { secretMatches, sessionCookie, sessionToken } from './session';
import { check, defaultStore, readChanges, save, type Plan, type StoreOptions } from './store';
import { editorState } from './state';

const secure = (request: Request) => new URL(request.url).protocol === 'https:' || (process.env.ATLAS_PUBLIC_ORIGIN ?? '').startsWith('https:');
const now = () => new Date().toISOString();

/** 405 handlers naming `allow`, for the methods a route does not take (a route exports only those). */
export const notAllowed = (allow: string) => {
  const h = editMethodNotAllowed(allow);
  return { GET: h, POST: h, PUT: h, PATCH: h, DELETE: h };
};

/** POST /api/edit/session {name, secret}: signs in (an HTTP-only, same-site cookie). */
export const signIn = editRoute(
  (request, { secret, body }) => {
    const input = parseBody(SignIn, body, 0);
    if (!secretMatches(secret, input.secret)) {
      throw new ApiError('WrongSecret', 401, 'That is not the editor secret.', { problems: [{ field: 'secret', message: 'that is not the editor secret' }] });
    }
    return editJson({ editor: input.name }, 200, { 'Set-Cookie': sessionCookie(sessionToken(secret, input.name), secure(request)) });
  },
  { write: true, signedIn: false },
);

/** GET /api/edit/session: whether editing is on and who is signed in. */
export const whoAmI = editRoute((_request, { editor }) => editJson({ editing: true, editor }), { write: false, signedIn: false });

/** POST /api/edit/sign-out. */
export const signOut = editRoute((request) => editJson({ editor: null }, 200, { 'Set-Cookie': sessionCookie(null, secure(request)) }), { write: true, signedIn: false });

/** GET /api/edit/state: the data version, drafts, sources waiting for citations, recent changes. */
export const state = editRoute((_request, { editor }) => editJson(editorState(getAtlas(), readChanges(defaultStore()), editor)), { write: false });

/**
 * A save route: the body parsed at the boundary (it names the data version it started from), the
 * plan built from it, saved; the answer names the new version and the change.
 */
function saveRoute<S extends z.ZodType<{ baseVersion: string }>>(
  schema: S,
  plan: (input: z.infer<S>, editor: string, store: StoreOptions) => (atlas: Atlas) => Plan,
  status: (input: z.infer<S>) => number = () => 200,
) {
  return editRoute(
    (_request, { editor, body }) => {
      const input = parseBody(schema, body, 1);
      const store = defaultStore();
      const result = save(store, input.baseVersion, editor!, plan(input, editor!, store));
      return editJson({ version: result.version, id: result.change.ids[0], change: result.change }, status(input));
    },
    { write: true },
  );
}

/** POST /api/edit/sources {baseVersion, source}: adds an article. */
export const addSource = saveRoute(SaveSource, (input, editor, store) => addSourcePlan(store, input.source, editor, now()), () => 201);

/** POST /api/edit/check {feature}: the problems a save would meet, by field; nothing is written. */
export const checkFeature = editRoute(
  (_request, { editor, body }) => {
    const input = parseBody(CheckFeature, body, 1);
    const store = defaultStore();
    // The atlas the server holds is the data on disk (every save reloads it): no second load per keystroke.
    const plan = input.featureId ? updateFeaturePlan(store, input.featureId, input.feature, editor!, now()) : addFeaturePlan(store, input.feature, editor!, now());
    const problems = check(store, plan, getAtlas());
    return editJson({ problems });
  },
  { write: true },
);

/** POST /api/edit/features {baseVersion, feature, featureId?}: adds a feature as a draft, or changes the draft `featureId`. */
export const addFeature = saveRoute(SaveFeature, (input, editor, store) =>
  input.featureId ? updateFeaturePlan(store, input.featureId, input.feature, editor, now()) : addFeaturePlan(store, input.feature, editor, now()),
  (input) => (input.featureId ? 200 : 201),
);

/** POST /api/edit/citations {baseVersion, featureId, citation}: adds a passage to a feature (a draft again). */
export const addCitation = saveRoute(SaveCitation, (input, editor, store) => addCitationPlan(store, input.featureId, input.citation, editor, now()));

/** POST /api/edit/review {baseVersion, featureId}: a second editor marks a draft reviewed. */
export const review = saveRoute(SaveReview, (input, editor, store) => reviewPlan(store, input.featureId, editor, now()));
