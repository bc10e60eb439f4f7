/**
 * The bodies the editor's write routes accept, checked at the boundary. A feature's body is only
 * checked for the shape a save needs; its content is checked by the data's own schema and rules
 * when the save runs the loader on it (lib/edit/store.ts), so the editor cannot drift from them.
 */
import { z } from 'zod';
import { Citation, EditorName, LayerId, SourceMeta } from '@/lib/data/schema';
import { FEATURE_ID_PATTERN } from '@/lib/data/ids';
import { ApiError } from '@/lib/http/errors';
import { describeZodIssues } from '@/lib/data/zod-issues';
import type { FieldProblem } from './problems';
import { textProblem } from './text';

const Version = z.string().regex(/^[0-9a-f]{12}$/, 'baseVersion must be the data version the page was loaded with');

export const SignIn = z.object({ name: EditorName, secret: z.string().max(1000) }).strict();

/** A new source's metadata as the editor's form gives it, and its text. */
export const SourceInput = SourceMeta.omit({ id: true, file: true, sha256: true, added: true })
  .extend({ text: z.string().max(2_000_000, 'the text is longer than 2 million characters') })
  .strict()
  .superRefine((s, ctx) => {
    const problem = textProblem(s.text);
    if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
    const p = s.published;
    if ((p.earliest !== undefined && p.earliest > p.date) || (p.latest !== undefined && p.latest < p.date)) {
      ctx.addIssue({ code: 'custom', path: ['published', 'date'], message: 'the date is outside its earliest..latest window' });
    }
  });
export type SourceInput = z.infer<typeof SourceInput>;

export const CitationInput = Citation;
export type CitationInput = z.infer<typeof Citation>;

/** A feature as the editor sends it: the authored form (see geodata/layers/README.md), without a review record. */
export const FeatureInput = z
  .object({
    geometry: z.record(z.string(), z.unknown()).nullable(),
    properties: z
      .object({
        layer: LayerId,
        name: z.string(),
        citations: z.array(z.object({ exact: z.string() }).passthrough()),
      })
      .passthrough()
      .transform((p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'review')) as { layer: z.infer<typeof LayerId>; name: string; citations: { exact: string }[] } & Record<string, unknown>),
  })
  .strict();
export type FeatureInput = z.infer<typeof FeatureInput>;

export const SaveSource = z.object({ baseVersion: Version, source: SourceInput }).strict();
const FeatureRef = z.string().regex(new RegExp(FEATURE_ID_PATTERN), 'featureId must be a feature id');
/** `featureId`: the draft being changed; absent, a new feature. */
export const SaveFeature = z.object({ baseVersion: Version, feature: FeatureInput, featureId: FeatureRef.optional() }).strict();
export const CheckFeature = z.object({ feature: FeatureInput, featureId: FeatureRef.optional() }).strict();
export const SaveCitation = z.object({ baseVersion: Version, featureId: z.string().regex(new RegExp(FEATURE_ID_PATTERN)), citation: CitationInput }).strict();
export const SaveReview = z.object({ baseVersion: Version, featureId: z.string().regex(new RegExp(FEATURE_ID_PATTERN)) }).strict();

/** zod problems as the form shows them: by field path under `base` ('source.published.date' → 'published.date'). */
export function zodFieldProblems(issues: readonly z.core.$ZodIssue[], strip: number): FieldProblem[] {
  return issues.map((issue) => {
    const [line] = describeZodIssues([issue]);
    const path = issue.path.slice(strip).map(String).join('.');
    const message = (line ?? issue.message).replace(/^[\w.]+: /, '');
    return { field: path, message };
  });
}

/** The body parsed with `schema`, or a 400 `InvalidDraft` with the problems by field. */
export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown, strip = 1): z.infer<T> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const problems = zodFieldProblems(r.error.issues, strip);
  throw new ApiError('InvalidDraft', 400, `Not saved: ${problems.length} problem${problems.length === 1 ? '' : 's'} (shown at their fields).`, { problems });
}
