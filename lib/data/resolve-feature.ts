/**
 * Reshapes one schema-valid authored feature into an `AtlasFeature`: citations anchored, date
 * resolved, geometry derived or normalised. Cross-feature checks (references, distances) come
 * later, in `links.ts`, once every geometry exists.
 */
import type { Geometry } from 'geojson';
import type { AtlasFeature, ResolvedCitation, Source } from './types';
import type { Basemap } from './basemap';
import type { IssueList } from './issues';
import type { ParsedFeature } from './layers';
import { resolveCitation } from './citations';
import { resolveDate } from './dates';
import { capitalLinks, naturalEarthBorder } from './derive';
import { geometryProblems, normalizeGeometry } from './geometry';

export interface FeatureContext {
  file: string;
  /** Loaded sources by id. */
  sources: Map<string, Source>;
  /** Ids sources.json lists, loaded or not; `null` if sources.json is unusable (then citations are not checked). */
  listed: Set<string> | null;
  basemap: Basemap;
  issues: IssueList;
}

/** The resolved feature (with empty `spatialFacts`), or undefined after reporting its problems. */
export function resolveFeature(f: ParsedFeature, ctx: FeatureContext): AtlasFeature | undefined {
  const before = ctx.issues.count;
  const report = (problem: string) => ctx.issues.add(ctx.file, problem, f.id);
  const p = f.properties;

  const citations: ResolvedCitation[] = [];
  for (const c of p.citations) {
    const source = ctx.sources.get(c.source);
    if (ctx.listed !== null && !ctx.listed.has(c.source)) report(`cites unknown source ${c.source}`);
    if (!source) continue;
    const r = resolveCitation(source.text, source.id, c);
    if ('problem' in r) report(r.problem);
    else citations.push(r.citation);
  }
  const citedTexts = p.citations.flatMap((c) => ctx.sources.get(c.source)?.text ?? []);
  const verbatim = (words: string, what: string) => {
    if (citedTexts.length > 0 && !citedTexts.some((t) => t.includes(words))) report(`${what} not found in the cited sources: "${words}"`);
  };
  if (p.date.phrase !== undefined) verbatim(p.date.phrase, 'date phrase');
  for (const s of p.spatialChecks) verbatim(s.stated, 'spatial check wording');

  const date = resolveDate(p.date);
  if ('problem' in date) report(date.problem);

  const derived = geometryOf(f, ctx.basemap, report);
  if (derived) for (const problem of geometryProblems(derived.geometry)) report(problem);

  if (ctx.issues.count > before || !derived || 'problem' in date) return undefined;
  return {
    type: 'Feature',
    id: f.id,
    geometry: derived.geometry,
    properties: {
      layer: p.layer,
      kind: p.kind,
      name: p.name,
      altNames: p.altNames.map((a) => ({ ...a })),
      actors: [...p.actors],
      description: p.description,
      ...(p.status === undefined ? {} : { status: p.status }),
      date: date.date,
      location: { ...p.location },
      citations,
      related: [...p.related],
      spatialFacts: [],
      ...(p.members === undefined ? {} : { members: [...p.members] }),
      ...(derived.derivedGeometry === undefined ? {} : { derivedGeometry: derived.derivedGeometry }),
    },
  };
}

/** The stored geometry (rewound copy) or the derived one; exactly one of the two must be given. */
function geometryOf(
  f: ParsedFeature,
  basemap: Basemap,
  report: (problem: string) => void,
): { geometry: Geometry; derivedGeometry?: string } | undefined {
  const { derive } = f.properties;
  if (!derive) {
    if (f.geometry === null) report('geometry is null and there is no derive recipe');
    return f.geometry === null ? undefined : { geometry: normalizeGeometry(f.geometry) };
  }
  if (f.geometry !== null) {
    report(`has both a geometry and a derive recipe (${derive.type}); set geometry to null or drop derive`);
    return undefined;
  }
  const members = 'members' in f.properties ? f.properties.members : undefined;
  if (derive.type === 'capital-links' && members === undefined) {
    report('capital-links needs members (alliances layer only)');
    return undefined;
  }
  const result =
    derive.type === 'capital-links' ? capitalLinks(members ?? [], basemap) : naturalEarthBorder(derive.between, basemap);
  if ('problem' in result) {
    report(result.problem);
    return undefined;
  }
  return result;
}
