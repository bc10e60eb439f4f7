/**
 * What each kind of save writes: a new source (its text and its line in sources.json), a new
 * feature, a citation added to a feature, a review. Each builds the new file contents from the
 * current files; `store.save` checks and writes them.
 */
import { createHash } from 'node:crypto';
import { sourceFileName } from '@/lib/data/ids';
import { LAYERS } from '@/lib/layers';
import { sameEditor } from '@/lib/data/schema';
import type { Atlas } from '@/lib/data/types';
import { ApiError } from '@/lib/http/errors';
import { canonicalFeature, canonicalSource, dataFileText } from './canonical';
import { featureIdFor } from './ids';
import { storedText } from './text';
import type { Plan, StoreOptions } from './store';
import { readDataFile } from './store';
import type { CitationInput, FeatureInput, SourceInput } from './inputs';

const SOURCES_JSON = 'sources/sources.json';
const layerFile = (layer: string) => `layers/${layer}.json`;

type Json = Record<string, unknown>;
type LayerFile = { type: 'FeatureCollection'; features: Json[] } & Json;

function readJson<T>(store: StoreOptions, rel: string): T {
  return JSON.parse(readDataFile(store, rel)) as T;
}

/** The next free three-digit number of the corpus. */
function nextSourceNumber(atlas: Atlas): string {
  const max = Math.max(-1, ...atlas.sources.map((s) => Number(s.id.slice(0, 3))));
  if (max >= 999) throw new ApiError('InvalidDraft', 400, 'The corpus has 1,000 sources; source numbers are three digits.');
  return String(max + 1).padStart(3, '0');
}

/** A new source: its text stored as `NNN_<first 16 hex of its SHA-256>.txt` and its metadata in sources.json. */
export function addSourcePlan(store: StoreOptions, input: SourceInput, editor: string, now: string) {
  return (atlas: Atlas): Plan => {
    const text = storedText(input.text);
    const bytes = Buffer.from(text, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = atlas.sources.find((s) => s.sha256 === sha256);
    if (existing) {
      throw new ApiError('DuplicateText', 409, `This text is already in the atlas as "${existing.title}" (${existing.id}).`, {
        problems: [{ field: 'text', message: `the same text is already source ${existing.id}, "${existing.title}"` }],
        existing: { id: existing.id, title: existing.title, href: `/edit/sources/${existing.id}` },
      });
    }
    const id = `${nextSourceNumber(atlas)}_${sha256.slice(0, 16)}`;
    const meta = canonicalSource({
      id,
      file: sourceFileName(id),
      sha256,
      title: input.title,
      titleBasis: input.titleBasis,
      outlet: input.outlet,
      outletBasis: input.outletBasis,
      author: input.author,
      authorNote: input.authorNote,
      published: input.published,
      vantage: input.vantage,
      url: input.url,
      terms: input.terms,
      added: { by: editor, at: now },
    });
    const file = readJson<{ sources: Json[] } & Json>(store, SOURCES_JSON);
    const files = new Map([
      [`sources/${sourceFileName(id)}`, bytes],
      [SOURCES_JSON, Buffer.from(dataFileText({ ...file, sources: [...file.sources, meta] }))],
    ]);
    return { files, action: 'add-source', ids: [id], summary: `added source ${id} ("${input.title}")` };
  };
}

/** A new feature, a draft until a second editor reviews it. */
export function addFeaturePlan(store: StoreOptions, input: FeatureInput, editor: string, now: string) {
  return (atlas: Atlas): Plan => {
    const id = featureIdFor(input.properties.layer, input.properties.name, atlas.features);
    const feature = canonicalFeature({
      type: 'Feature',
      id,
      geometry: input.geometry,
      properties: { ...input.properties, review: draftBy(editor, now) },
    });
    const rel = layerFile(input.properties.layer);
    const file = readJson<LayerFile>(store, rel);
    return {
      files: new Map([[rel, Buffer.from(dataFileText({ ...file, features: [...file.features, feature] }))]]),
      action: 'add-feature',
      ids: [id],
      summary: `added feature ${id} ("${input.properties.name}")`,
      draft: { id, exacts: input.properties.citations.map((c) => c.exact) },
    };
  };
}

/**
 * A draft changed by an editor before review: it keeps its id and its place in the file, and
 * stays a draft, now under the name of the editor who changed it. Reviewed and hand-made features
 * are not edited here (their history is the repository's): a passage can still be added to them.
 */
export function updateFeaturePlan(store: StoreOptions, featureId: string, input: FeatureInput, editor: string, now: string) {
  return (atlas: Atlas): Plan => {
    const { rel, file, index } = locate(store, atlas, featureId);
    const old = file.features[index] as { properties: { layer?: string; review?: { status?: string } } };
    if (old.properties.review?.status !== 'draft') {
      throw new ApiError('InvalidDraft', 400, `Feature ${featureId} is not a draft: only drafts are edited in the editor; add a passage to it instead, or change it in geodata/.`);
    }
    if (input.properties.layer !== old.properties.layer) {
      throw new ApiError('InvalidDraft', 400, `Feature ${featureId} belongs to ${old.properties.layer}; a draft keeps its layer (make a new feature for another).`, {
        problems: [{ field: 'layer', message: `a saved draft keeps its layer (${old.properties.layer})` }],
      });
    }
    const feature = canonicalFeature({ type: 'Feature', id: featureId, geometry: input.geometry, properties: { ...input.properties, review: draftBy(editor, now) } });
    const features = file.features.map((g, i) => (i === index ? feature : g));
    return {
      files: new Map([[rel, Buffer.from(dataFileText({ ...file, features }))]]),
      action: 'update-feature',
      ids: [featureId],
      summary: `changed the draft ${featureId} ("${input.properties.name}")`,
      draft: { id: featureId, exacts: input.properties.citations.map((c) => c.exact) },
    };
  };
}

/** The layer file holding feature `id`, and the feature's index in it. */
function locate(store: StoreOptions, atlas: Atlas, id: string): { rel: string; file: LayerFile; index: number } {
  const feature = atlas.features.get(id);
  if (!feature) throw new ApiError('NotFound', 404, `There is no feature ${JSON.stringify(id)}.`);
  const rel = layerFile(feature.properties.layer);
  const file = readJson<LayerFile>(store, rel);
  const index = file.features.findIndex((f) => f.id === id);
  if (index === -1) throw new ApiError('NotFound', 404, `Feature ${id} is not in ${rel}.`);
  return { rel, file, index };
}

/** A draft record: made, or last added to, in the editor by `editor`, waiting for a second editor. */
const draftBy = (editor: string, now: string) => ({ status: 'draft', createdBy: editor, createdAt: now });

/**
 * Another passage for an existing feature. New evidence needs a second pair of eyes like a new
 * feature: the feature becomes a draft again, under the name of the editor who added the passage.
 * Its other keys keep their place in the file, so the diff is the passage and the review record.
 */
export function addCitationPlan(store: StoreOptions, featureId: string, citation: CitationInput, editor: string, now: string) {
  return (atlas: Atlas): Plan => {
    const { rel, file, index } = locate(store, atlas, featureId);
    const f = file.features[index] as { properties: { citations: Json[] } } & Json;
    const [ordered] = (canonicalFeature({ properties: { citations: [citation] } }) as { properties: { citations: Json[] } }).properties.citations;
    const updated = { ...f, properties: { ...f.properties, citations: [...f.properties.citations, ordered!], review: draftBy(editor, now) } };
    const features = file.features.map((g, i) => (i === index ? updated : g));
    const exacts = [...f.properties.citations.map((c) => String(c.exact)), citation.exact];
    return {
      files: new Map([[rel, Buffer.from(dataFileText({ ...file, features }))]]),
      action: 'add-citation',
      ids: [featureId],
      summary: `added a ${citation.role} passage to ${featureId} (a draft again until reviewed)`,
      draft: { id: featureId, exacts },
    };
  };
}

/** A second editor marks a draft reviewed. */
export function reviewPlan(store: StoreOptions, featureId: string, editor: string, now: string) {
  return (atlas: Atlas): Plan => {
    const { rel, file, index } = locate(store, atlas, featureId);
    const f = file.features[index] as { properties: { review?: { status: string; createdBy: string } } & Json } & Json;
    const review = f.properties.review;
    if (!review || review.status !== 'draft') throw new ApiError('InvalidDraft', 400, `Feature ${featureId} is not a draft: there is nothing to review.`);
    if (sameEditor(review.createdBy, editor)) {
      throw new ApiError('SelfReview', 403, `You made ${featureId}; a second person must review it.`);
    }
    const updated = { ...f, properties: { ...f.properties, review: { status: 'reviewed', createdBy: review.createdBy, createdAt: (review as { createdAt?: string }).createdAt, reviewedBy: editor, reviewedAt: now } } };
    const features = file.features.map((g, i) => (i === index ? updated : g));
    return { files: new Map([[rel, Buffer.from(dataFileText({ ...file, features }))]]), action: 'review-feature', ids: [featureId], summary: `reviewed ${featureId}` };
  };
}

/** Layers an editor may add features to: all of the registry's. */
export const EDITABLE_LAYERS = LAYERS.map((l) => ({ id: l.id, title: l.title, kinds: l.kinds, geometry: l.geometry }));
