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
import { loadedTermsIn, namingProblems, unquoted, type Conventions } from './conventions';
import { knowledgeOf, resolveDate } from './dates';
import { precisionOf } from '@/lib/time/partial';
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
  /** Naming and wording conventions; undefined when the conventions file is unusable (then they are not checked). */
  conventions?: Conventions;
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
  const evidence = p.citations.filter((c) => c.role === 'evidence').map((c) => c.exact);
  const cited = p.citations.map((c) => c.exact);
  const checkPhrase = (words: string | undefined, basis: string | undefined, what: string) => {
    if (words === undefined) return;
    // Stated and resolved dates rest on the text: their words must be in a passage cited as evidence.
    const fromText = basis === 'stated' || basis === 'resolved';
    const pool = fromText ? evidence : cited;
    if (!pool.some((t) => t.includes(words))) report(`${what} is not in a cited ${fromText ? 'evidence ' : ''}passage: "${words}"`);
  };
  const d = p.date;
  checkPhrase(d.phrase, d.basis, 'date phrase');
  checkPhrase(d.endPhrase, d.endBasis, 'end phrase');
  const asOf = p.membersAsOf;
  if (asOf) checkPhrase(asOf.phrase, asOf.basis, 'members-as-of phrase');
  for (const s of p.spatialChecks) checkPhrase(s.stated, 'stated', 'spatial statement');
  if (p.members !== undefined && p.members.length >= 3 && !asOf) {
    report(`lists ${p.members.length} members but no \`membersAsOf\`: say as of when the list holds (memberships change)`);
  }
  checkPlacement(p.location.placedBy ?? [], p.spatialChecks, report);
  if (ctx.conventions) checkWording(p, ctx.conventions, report);

  const date = resolveDate(p.date);
  if ('problem' in date) report(date.problem);
  else if (date.date.end === null) {
    const reported = latestPublished(p.citations, ctx.sources);
    if (reported) date.date.lastReported = reported;
  }

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
      status: p.status,
      date: date.date,
      location: { ...p.location, ...(p.location.placedBy ? { placedBy: [...p.location.placedBy] } : {}) },
      citations,
      related: [...p.related],
      spatialFacts: [],
      ...(p.members === undefined ? {} : { members: [...p.members] }),
      ...(asOf ? { membersAsOf: { date: asOf.date, precision: precisionOf(asOf.date), ...knowledgeOf(asOf) } } : {}),
      ...(p.width ? { width: { ...p.width } } : {}),
      ...(derived.derivedGeometry === undefined ? {} : { derivedGeometry: derived.derivedGeometry }),
      ...(p.review ? { review: { ...p.review } } : {}),
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

/**
 * A geometry placed to match a spatial statement (`location.placedBy`) cannot be verified by that
 * same statement: the two declarations must agree, so no placement rule is shown as a check.
 */
function checkPlacement(placedBy: readonly string[], checks: readonly { to: string; use: 'check' | 'placement' }[], report: (p: string) => void) {
  for (const c of checks) {
    if (c.use === 'check' && placedBy.includes(c.to)) {
      report(
        `spatial check to ${c.to} is marked use "check" (verified), but the geometry was placed by that same statement (location.placedBy); mark it use "placement"`,
      );
    }
    if (c.use === 'placement' && !placedBy.includes(c.to)) {
      report(`spatial statement to ${c.to} is a placement rule, but location.placedBy does not list ${c.to}`);
    }
  }
  for (const id of placedBy) {
    if (!checks.some((c) => c.to === id)) report(`location.placedBy lists ${id}, but no spatial statement refers to it`);
  }
}

type Props = ParsedFeature['properties'];

/** Our own words on a feature, by field: where contested wording must stay in quotes. */
function ownWords(p: Props): [string, string][] {
  const d = p.date;
  const asOf = p.membersAsOf;
  const width = 'width' in p ? p.width : undefined;
  const fields: [string, string | undefined][] = [
    ['name', p.name],
    ['description', p.description],
    ['location.note', p.location.note],
    ['date.resolution', d.resolution],
    ['date.outside', d.outside],
    ['date.endResolution', d.endResolution],
    ['date.endOutside', d.endOutside],
    ['membersAsOf.resolution', asOf?.resolution],
    ['membersAsOf.outside', asOf?.outside],
    ['width.note', width?.note],
    ...p.altNames.map((a, i): [string, string] => [`altNames.${i}.usage`, a.usage]),
    ...p.citations.map((c, i): [string, string | undefined] => [`citations.${i}.note`, c.note]),
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined);
}

/**
 * Contested wording: a cited passage holding it is attributed, and our own words only quote it.
 * Contested place names: written as the pair, in the stated order.
 */
function checkWording(p: Props, conventions: Conventions, report: (p: string) => void) {
  p.citations.forEach((c, i) => {
    const terms = loadedTermsIn(c.exact, conventions);
    if (terms.length > 0 && !c.attribution) {
      report(
        `citations.${i} holds contested wording (${terms.map((t) => `"${t}…"`).join(', ')}) but has no attribution: attribute it or cite only its factual clause`,
      );
    }
  });
  for (const [field, text] of ownWords(p)) {
    const terms = loadedTermsIn(unquoted(text), conventions);
    if (terms.length > 0) report(`${field} uses contested wording outside quotes (${terms.map((t) => `"${t}…"`).join(', ')})`);
    for (const problem of namingProblems(text, conventions)) report(`${field} ${problem}`);
  }
}

/** Publication date of the latest article cited as evidence (any citation when none is evidence). */
function latestPublished(citations: Props['citations'], sources: Map<string, Source>): { date: string; estimated: boolean } | undefined {
  const pool = citations.some((c) => c.role === 'evidence') ? citations.filter((c) => c.role === 'evidence') : citations;
  const published = pool.flatMap((c) => sources.get(c.source)?.published ?? []);
  const latest = published.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  return latest && { date: latest.date, estimated: latest.basis !== 'explicit' };
}
