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

export const DateSpec = z
  .object({
    /** First day/month/year the feature is valid or happened. */
    start: PartialDate,
    /**
     * Omitted: an instant (as precise as `start`). `null`: open-ended, still valid as far as the
     * sources know. A date: the last day/month/year.
     */
    end: PartialDate.nullable().optional(),
    /** `explicit`: the text states it. `inferred`: resolved from a relative phrase or context. */
    basis: z.enum(['explicit', 'inferred']),
    /** The words in the source the date comes from, verbatim ("September 2nd", "last year's war"). */
    phrase: z.string().min(1).optional(),
    /** How the phrase was resolved, e.g. "month and day from the text; year from the article date (about Oct 2021)". */
    resolution: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => d.basis === 'explicit' || (d.phrase !== undefined && d.resolution !== undefined), {
    message: 'an inferred date needs the phrase it comes from and how it was resolved',
  });

export const LocationSpec = z
  .object({
    /**
     * exact: the site itself (a city, a base, a checkpoint). approximate: an area digitised or
     * placed by judgement. region: only the region is known; the point is representative.
     * symbolic: not a place (links between capitals stand for relations between states).
     */
    precision: z.enum(['exact', 'approximate', 'region', 'symbolic']),
    /** How the place was fixed, e.g. "city centre (GeoNames)", "digitised from the M12 road". */
    note: z.string().min(1),
  })
  .strict();

export const AltName = z
  .object({
    name: z.string().min(1),
    /** Who uses the name: "Armenian usage", "Azerbaijani usage", "Russian", "former Soviet name". */
    usage: z.string().min(1),
  })
  .strict();

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

/** A W3C Web Annotation TextQuoteSelector into one source, as authored. Offsets are computed. */
export const Citation = z
  .object({
    source: SourceId,
    exact: z.string().min(3),
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
    attribution: Attribution.optional(),
    /** Why this passage supports the feature, where it is not obvious. */
    note: z.string().min(1).optional(),
  })
  .strict();

/** A spatial statement in a source that turf can check against the geometry. */
export const SpatialCheck = z
  .object({
    type: z.literal('distance'),
    /** Feature id the distance is measured to (e.g. the Lachin corridor). */
    to: z.string().min(1),
    /** The words of the source, verbatim ("a mere 300 meters"). */
    stated: z.string().min(1),
    statedMeters: z.number().positive(),
    /** How far off the computed distance may be before `check:data` fails. */
    toleranceMeters: z.number().positive(),
  })
  .strict();

export const Derive = z.discriminatedUnion('type', [
  /** Great-circle links between the members' capitals (see `members`). */
  z.object({ type: z.literal('capital-links') }).strict(),
  /** The shared border of two countries, meshed from the Natural Earth topology. */
  z.object({ type: z.literal('natural-earth-border'), between: z.tuple([Actor, Actor]) }).strict(),
]);

const FeatureId = z.string().regex(new RegExp(FEATURE_ID_PATTERN), 'feature id must be lower-case kebab-case');

const commonProperties = {
  name: z.string().min(1),
  altNames: z.array(AltName).default([]),
  actors: z.array(Actor).min(1),
  description: z.string().min(10),
  date: DateSpec,
  location: LocationSpec,
  citations: z.array(Citation).min(1),
  /**
   * What the sources say of the feature's reality, when it is not simply reported as having
   * happened: `planned` (announced for later), `proposed` (suggested, not agreed), `claimed` (one
   * party's assertion, not confirmed by the text). Omitted: reported as fact.
   */
  status: z.enum(['planned', 'proposed', 'claimed']).optional(),
  /** Ids of related features (the relation an event is about, the corridor a drill was near). */
  related: z.array(FeatureId).default([]),
  spatialChecks: z.array(SpatialCheck).default([]),
  derive: Derive.optional(),
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
 * The schema of one authored feature of a layer: its layer id, its kinds, the common properties and
 * what its geometry class stores. Link layers (relations) also list their `members`; no other
 * layer may.
 */
export function featureSchema(layer: LayerDefinition) {
  const isLink = layer.geometry === 'link';
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
          members: (isLink ? Members : z.never({ error: `members belong to relations, not to ${layer.id}` })).optional(),
        })
        .strict()
        .refine((p) => !isLink || p.members !== undefined, { message: 'a relation needs its members', path: ['members'] }),
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
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMeta>;
export const SourcesFile = z.object({ sources: z.array(SourceMeta).min(1) }).strict();
