/**
 * The stored-data contract. Everything under `geodata/` is parsed with these schemas, once, in
 * `lib/data/`; the rest of the app sees only the resolved domain types in `./types.ts`.
 *
 * Authored layer files are GeoJSON FeatureCollections (`geodata/layers/<layer>.json`). A feature
 * whose geometry is derived (alliance links between capitals, borders from the Natural Earth
 * topology) has `geometry: null` and a `derive` recipe; the loader fills the geometry in.
 */
import { z } from 'zod';
import { ACTOR_PATTERN, ACTOR_RULE } from '@/lib/geo/actors';
import { LAYER_IDS, type GeometryClass, type LayerDefinition } from '@/lib/layers';
import { FEATURE_ID_PATTERN, SOURCE_ID_PATTERN } from './ids';
import { NAME_LANGUAGES, NAME_SOURCES, needsLanguage, scriptProblem } from './languages';

export { KINDS, LAYER_IDS } from '@/lib/layers';
export const LayerId = z.enum(LAYER_IDS);
export type LayerId = z.infer<typeof LayerId>;

/** ISO 3166-1 alpha-3 country code, or an organisation's short name (lib/geo/actors.ts). */
export const Actor = z.string().regex(new RegExp(ACTOR_PATTERN), `actor must be ${ACTOR_RULE}`);

/** Source ids are the corpus file stems, e.g. `003_fd8218c4c3c52676`. */
export const SourceId = z.string().regex(new RegExp(SOURCE_ID_PATTERN), 'source id must look like 003_fd8218c4c3c52676');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form is the precision (year, month, day). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length < 10) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date is not a real calendar day');

/**
 * How a date is known. `stated`: the text states it at that precision ("November 30, 2017",
 * "In 2019"). `resolved`: a relative phrase of the text resolved against the article's date
 * ("September 2nd" in an article of about Oct 2021 is 2021-09-02). `outside-knowledge`: taken from
 * reporting outside the corpus, which the date names in `outside`.
 */
export const DATE_BASES = ['stated', 'resolved', 'outside-knowledge'] as const;
export const DateBasis = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasis>;

/** One basis with the words it needs: the text's phrase, how it was resolved, or the outside fact. */
interface BasisFields {
  basis?: DateBasis | undefined;
  phrase?: string | undefined;
  resolution?: string | undefined;
  outside?: string | undefined;
}

/**
 * What each basis requires, as `[field, message]` problems: a stated or resolved date quotes its
 * phrase; a resolved one says how it was resolved; an outside-knowledge one names its basis. Fields
 * that belong to another basis are refused, so a date cannot look better sourced than it is.
 */
export function basisProblems(b: BasisFields, names: Record<keyof BasisFields, string>): [string, string][] {
  const problems: [string, string][] = [];
  const { basis } = b;
  if (basis === undefined) return problems;
  if ((basis === 'stated' || basis === 'resolved') && b.phrase === undefined) {
    problems.push([names.phrase, `a ${basis} date needs \`${names.phrase}\`: the words of a cited evidence passage it comes from`]);
  }
  if (basis === 'resolved' && b.resolution === undefined) {
    problems.push([names.resolution, `a resolved date needs \`${names.resolution}\`: how the phrase was resolved against the article date`]);
  }
  if (basis !== 'resolved' && b.resolution !== undefined) {
    problems.push([names.resolution, `\`${names.resolution}\` belongs to a resolved date; this one is ${basis}`]);
  }
  if (basis === 'outside-knowledge' && b.outside === undefined) {
    problems.push([names.outside, `an outside-knowledge date must name its basis in \`${names.outside}\` (which reporting, which fact)`]);
  }
  if (basis !== 'outside-knowledge' && b.outside !== undefined) {
    problems.push([names.outside, `\`${names.outside}\` belongs to an outside-knowledge date; this one is ${basis}`]);
  }
  return problems;
}

export const EXTENTS = ['dated', 'first-attested', 'within'] as const;

const START_FIELDS = { basis: 'basis', phrase: 'phrase', resolution: 'resolution', outside: 'outside' } as const;
const END_FIELDS = { basis: 'endBasis', phrase: 'endPhrase', resolution: 'endResolution', outside: 'endOutside' } as const;

export const DateSpec = z
  .object({
    /** First day/month/year the feature is valid or happened (or was first attested, see `extent`). */
    start: PartialDate,
    /**
     * Omitted: an instant (as precise as `start`). `null`: no end reported: valid as far as the
     * sources know. A date: the last day/month/year. An end is never made up: a "10-year
     * agreement" has no stated end.
     */
    end: PartialDate.nullable().optional(),
    /** How `start` is known (and `end`, unless `endBasis` says otherwise). */
    basis: DateBasis,
    /** The words of a cited evidence passage the date comes from, verbatim ("September 2nd", "In 2019"). */
    phrase: z.string().min(1).optional(),
    /** Resolved dates: how the phrase was resolved, e.g. "day and month from the text; year from the article date (about Oct 2021)". */
    resolution: z.string().min(1).optional(),
    /** Outside-knowledge dates: which reporting, which fact, e.g. "the convention was signed at Aktau on 12 Aug 2018 (reporting of the summit)". */
    outside: z.string().min(1).optional(),
    /**
     * What the span means. `dated` (default): the feature began at `start` and lasted to `end`.
     * `first-attested`: the sources do not date its start; `start` is the earliest date they attest
     * it, and it may be older. `within`: it happened at some time (or times) between `start` and
     * `end`, which only bound it ("in the recent past", "before September 12th").
     */
    extent: z.enum(EXTENTS).default('dated'),
    /** When the end is known differently from the start: its own basis and words. */
    endBasis: DateBasis.optional(),
    endPhrase: z.string().min(1).optional(),
    endResolution: z.string().min(1).optional(),
    endOutside: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const add = ([path, message]: [string, string]) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.extent === 'within' && typeof d.end !== 'string') add(['extent', '`within` needs an end date: the window the feature happened in']);
    basisProblems({ basis: d.basis, phrase: d.phrase, resolution: d.resolution, outside: d.outside }, START_FIELDS).forEach(add);
    const endFields = [d.endPhrase, d.endResolution, d.endOutside];
    if (d.endBasis === undefined) {
      if (endFields.some((f) => f !== undefined)) add(['endBasis', 'endPhrase, endResolution and endOutside need an `endBasis`']);
      return;
    }
    if (typeof d.end !== 'string') add(['endBasis', '`endBasis` needs an end date (`end` is omitted or null)']);
    basisProblems({ basis: d.endBasis, phrase: d.endPhrase, resolution: d.endResolution, outside: d.endOutside }, END_FIELDS).forEach(add);
  });

/**
 * A dated fact that is not the feature's span, e.g. as of when a membership list holds. Same bases
 * and words as a date.
 */
export const AsOf = z
  .object({
    date: PartialDate,
    basis: DateBasis,
    phrase: z.string().min(1).optional(),
    resolution: z.string().min(1).optional(),
    outside: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const [path, message] of basisProblems(d, START_FIELDS)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const LocationSpec = z
  .object({
    /**
     * exact: a site the text names, or that named outside knowledge places (a city, a base, a UN
     * building). approximate: placed or digitised by judgement (a road, a line, a point on a road).
     * region: only a district, region or country is known; the point stands for it. symbolic: not
     * a place (links between capitals; statements, policies and transfers without a venue at a capital).
     */
    precision: z.enum(['exact', 'approximate', 'region', 'symbolic']),
    /** How the place was fixed, e.g. "city centre (GeoNames)", "digitised from the M12 road". */
    note: z.string().min(1),
    /**
     * Ids of the features whose spatial statement (`spatialChecks`) the geometry was placed to
     * match. Such a statement is a placement rule and can never count as a verification.
     */
    placedBy: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const AltName = z
  .object({
    name: z.string().min(1),
    /** Who uses the name: "Armenian usage", "Azerbaijani usage", "Russian", "former Soviet name". */
    usage: z.string().min(1),
    /**
     * The language a name in the region's own languages is written in (lib/data/languages.ts): the
     * panel lists it under that language and the check reads its script. Required for a name in
     * Armenian, Georgian or Cyrillic letters.
     */
    lang: z.enum(NAME_LANGUAGES).optional(),
    /** Where a language-marked name comes from: `editorial`, or the named reference. */
    source: z.enum(NAME_SOURCES).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.lang === undefined) {
      if (needsLanguage(a.name)) ctx.addIssue({ code: 'custom', path: ['lang'], message: `"${a.name}" is in a regional script: say its language in \`lang\` (${NAME_LANGUAGES.join(', ')})` });
      if (a.source !== undefined) ctx.addIssue({ code: 'custom', path: ['source'], message: '`source` belongs to a name with a `lang`' });
      return;
    }
    if (a.source === undefined) ctx.addIssue({ code: 'custom', path: ['source'], message: `a ${a.lang} name needs \`source\`: ${NAME_SOURCES.join(' or ')}` });
    const problem = scriptProblem(a.name, a.lang);
    if (problem) ctx.addIssue({ code: 'custom', path: ['name'], message: problem });
  });

export const Attribution = z
  .object({
    /**
     * opinion: the author's or a quoted person's judgement. loaded-wording: contested vocabulary
     * ("occupied", "newly-liberated", "separatist entity"). claim: a party's assertion of fact.
     */
    type: z.enum(['opinion', 'loaded-wording', 'claim']),
    /** Who holds the view: "Mahammad Mammadov (author)", "Seyyed Hassan Ameli", "Caspian News". */
    by: z.string().min(1),
  })
  .strict();

/**
 * What a passage does for its feature. evidence: it supports the feature, its place or its dates.
 * context: it only mentions the feature or gives background; it supports neither geometry nor dates.
 */
export const CITATION_ROLES = ['evidence', 'context'] as const;

/** A W3C Web Annotation TextQuoteSelector into one source, as authored. Offsets are computed. */
export const Citation = z
  .object({
    source: SourceId,
    role: z.enum(CITATION_ROLES),
    exact: z.string().min(3),
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
    attribution: Attribution.optional(),
    /** Why this passage supports the feature, where it is not obvious. */
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * A spatial statement of a source, measured with turf against the stored geometries. `use` says
 * what it is for: `check` verifies a geometry drawn independently of the statement; `placement`
 * is the rule a point was placed by ("placed to match the text's 'a mere 300 meters'"), which the
 * data must keep satisfying but which verifies nothing.
 */
export const SpatialCheck = z
  .object({
    type: z.literal('distance'),
    /** Feature id the distance is measured to (e.g. the Lachin corridor). */
    to: z.string().min(1),
    /**
     * What the text measures to. `geometry` (default): the target as drawn. `strip-edge`: the edge
     * of the strip the target's `width` gives (a corridor, not its centre line).
     */
    measure: z.enum(['geometry', 'strip-edge']).default('geometry'),
    /** The words of the source, verbatim ("a mere 300 meters"). */
    stated: z.string().min(1),
    statedMeters: z.number().positive(),
    /** How far off the computed distance may be before `check:data` fails. */
    toleranceMeters: z.number().positive(),
    use: z.enum(['check', 'placement']),
  })
  .strict();

/** The width of a corridor (a strip around its drawn line), with where the figure comes from. */
export const Width = z
  .object({
    meters: z.number().positive(),
    /** Where the width comes from, e.g. outside knowledge: "point 6 of the 10 Nov 2020 statement". */
    note: z.string().min(1),
  })
  .strict();

export const Derive = z.discriminatedUnion('type', [
  /** Great-circle links between the members' capitals (see `members`). */
  z.object({ type: z.literal('capital-links') }).strict(),
  /** The shared border of two countries, meshed from the Natural Earth topology. */
  z.object({ type: z.literal('natural-earth-border'), between: z.tuple([Actor, Actor]) }).strict(),
]);

/**
 * What the sources say of the feature's reality. `occurred`: an event or exercise that happened.
 * `in-force`: a relation, border, corridor or area that existed or exists. `planned`: announced,
 * agreed to be held, expected. `proposed`: suggested, offered or supported, not agreed. `claimed`:
 * one party's assertion that the text does not confirm.
 */
export const STATUSES = ['occurred', 'in-force', 'planned', 'proposed', 'claimed'] as const;
export type Status = (typeof STATUSES)[number];

const FeatureId = z.string().regex(new RegExp(FEATURE_ID_PATTERN), 'feature id must be lower-case kebab-case');

/** An editor's name as the change log and the review record show it. */
export const EditorName = z.string().trim().min(1, 'say who you are').max(80, 'a name of at most 80 characters');

/**
 * Features made or added to in the editor carry their review state: a `draft` until a second
 * editor marks it `reviewed`. `createdBy`/`createdAt`: who made the feature in the editor, or last
 * added a passage to it (which makes it a draft again). Hand-made features (reviewed in the
 * repository) carry none.
 */
export const Review = z
  .object({
    status: z.enum(['draft', 'reviewed']),
    createdBy: EditorName,
    createdAt: z.iso.datetime(),
    reviewedBy: EditorName.optional(),
    reviewedAt: z.iso.datetime().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.status === 'draft') {
      if (r.reviewedBy !== undefined || r.reviewedAt !== undefined) add('status', 'a draft has no reviewedBy/reviewedAt; mark it reviewed or drop them');
      return;
    }
    if (r.reviewedBy === undefined) add('reviewedBy', 'a reviewed feature names its reviewer');
    if (r.reviewedAt === undefined) add('reviewedAt', 'a reviewed feature says when it was reviewed');
    if (r.reviewedBy !== undefined && sameEditor(r.reviewedBy, r.createdBy)) add('reviewedBy', 'the reviewer must be a second person, not the feature\'s author');
  });

/** Two editor names are one person when they differ only in case and spacing. */
export function sameEditor(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return norm(a) === norm(b);
}

const commonProperties = {
  name: z.string().min(1),
  altNames: z.array(AltName).default([]),
  actors: z.array(Actor).min(1),
  description: z.string().min(10),
  date: DateSpec,
  location: LocationSpec,
  citations: z.array(Citation).min(1),
  status: z.enum(STATUSES),
  /** Ids of related features (the relation an event is about, the corridor a drill was near). */
  related: z.array(FeatureId).default([]),
  spatialChecks: z.array(SpatialCheck).default([]),
  derive: Derive.optional(),
  /** Features made in the editor: draft or reviewed, by whom (see `Review`). */
  review: Review.optional(),
};

/** [longitude, latitude] in WGS 84 (RFC 7946); messages name the axis so authors can find the typo. */
const Position = z.tuple([
  z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
  z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
]);
const PointGeom = z.object({ type: z.literal('Point'), coordinates: Position }).strict();
const MultiPointGeom = z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position).min(1) }).strict();
const LineGeom = z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }).strict();
const MultiLineGeom = z
  .object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) })
  .strict();
const Ring = z.array(Position).min(4);
const PolygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }).strict();
const MultiPolygonGeom = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) })
  .strict();

/** Member states of a relation (ISO alpha-3); their capitals anchor the links. */
const Members = z.array(z.string().regex(/^[A-Z]{3}$/)).min(2);

/** What each geometry class of the layer registry stores; null where the loader derives it. */
const GEOMETRY_CLASSES = {
  point: z.discriminatedUnion('type', [PointGeom, MultiPointGeom]),
  line: z.discriminatedUnion('type', [LineGeom, MultiLineGeom]),
  /** Lines or areas; null when derived (a border meshed from Natural Earth). */
  area: z.discriminatedUnion('type', [LineGeom, MultiLineGeom, PolygonGeom, MultiPolygonGeom]).nullable(),
  /** Relations between states; null when derived (links between the members' capitals). */
  link: MultiLineGeom.nullable(),
} satisfies Record<GeometryClass, z.ZodTypeAny>;

type AnyGeometrySchema = (typeof GEOMETRY_CLASSES)[GeometryClass];

/**
 * Properties only some geometry classes may carry: a relation's members (and as of when the list
 * holds), a line's width (a corridor is a strip, not its centre line).
 */
const CLASS_PROPERTIES: Record<GeometryClass, readonly ('members' | 'membersAsOf' | 'width')[]> = {
  point: [],
  line: ['width'],
  area: [],
  link: ['members', 'membersAsOf'],
};

/**
 * The schema of one authored feature of a layer: its layer id, its kinds, the common properties and
 * what its geometry class stores. Link layers (relations) list their `members`; line layers may
 * give a `width`; no other layer may carry either.
 */
export function featureSchema(layer: LayerDefinition) {
  const allowed = CLASS_PROPERTIES[layer.geometry];
  return z
    .object({
      type: z.literal('Feature'),
      id: FeatureId,
      geometry: GEOMETRY_CLASSES[layer.geometry] as AnyGeometrySchema,
      properties: z
        .object({
          layer: z.literal(layer.id),
          kind: z.enum(layer.kinds),
          ...commonProperties,
          members: Members.optional(),
          /** As of when the members list holds; required from three members on (memberships change). */
          membersAsOf: AsOf.optional(),
          width: Width.optional(),
        })
        .strict()
        .superRefine((p, ctx) => {
          for (const key of ['members', 'membersAsOf', 'width'] as const) {
            if (p[key] !== undefined && !allowed.includes(key)) {
              ctx.addIssue({ code: 'custom', path: [key], message: `${key} belongs to ${key === 'width' ? 'lines' : 'relations'}, not to ${layer.id}` });
            }
          }
          if (layer.geometry === 'link' && p.members === undefined) ctx.addIssue({ code: 'custom', path: ['members'], message: 'a relation needs its members' });
        }),
    })
    .strict();
}

/** One authored feature of any layer of the registry. */
export type AuthoredFeature = z.infer<ReturnType<typeof featureSchema>>;

export const AuthoredLayerFile = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.unknown()),
  })
  .passthrough();

/** `geodata/sources/sources.json`: one entry per corpus article. */
export const SourceMeta = z
  .object({
    id: SourceId,
    /** File name under geodata/sources/, byte-identical to the corpus. */
    file: z.string().regex(/^[^/\\]+\.txt$/, 'file must be a .txt name in geodata/sources/'),
    /**
     * SHA-256 of the file's bytes. Citations anchor to exact characters, so the loader refuses a
     * text that was edited, trimmed or re-encoded after the citations were written.
     */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits'),
    title: z.string().min(1),
    /** printed: the article's own headline. editorial: ours, shown as such. */
    titleBasis: z.enum(['printed', 'editorial']),
    outlet: z.string().min(1).nullable(),
    outletBasis: z.string().min(1),
    author: z.string().min(1).nullable(),
    authorNote: z.string().min(1).optional(),
    published: z
      .object({
        date: PartialDate,
        basis: z.enum(['explicit', 'inferred']),
        earliest: PartialDate.optional(),
        latest: PartialDate.optional(),
        note: z.string().min(1),
      })
      .strict(),
    /** A neutral note on the outlet's or author's vantage point. */
    vantage: z.string().min(1),
    /** Where the article was published, when it has an address. */
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
    /** The terms the text is reused under (a licence, or quotation for research and review). */
    terms: z.string().min(1),
    /** Added in the editor: by whom and when (sources added by hand carry none). */
    added: z.object({ by: EditorName, at: z.iso.datetime() }).strict().optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMeta>;
export const SourcesFile = z.object({ sources: z.array(SourceMeta).min(1) }).strict();
