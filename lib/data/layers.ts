/**
 * Reads the authored file of every layer in the registry and validates each feature on its own, so
 * one bad feature yields one message naming it, and the good ones are still checked for everything
 * else.
 */
import { LAYERS, type LayerDefinition } from '@/lib/layers';
import { AuthoredLayerFile, featureSchema, type AuthoredFeature, type LayerId } from './schema';
import { CONVENTIONS_FILE } from './conventions';
import type { GeodataReader } from './files';
import type { IssueList } from './issues';
import { describeZodIssues } from './zod-issues';

/** A schema-valid feature; its layer and kind are the registry's (checked by its layer's schema). */
export type ParsedFeature = AuthoredFeature & {
  properties: AuthoredFeature['properties'] & { layer: LayerId; kind: import('./types').AtlasProperties['kind'] };
};

export interface LayerInput {
  id: LayerId;
  /** Display path of the layer file. */
  file: string;
  /** Features that passed the schema and have a unique id. */
  features: ParsedFeature[];
}

export interface LayerInputs {
  layers: LayerInput[];
  /** Every feature id seen in any file, valid or not, so references to a broken feature do not cascade. */
  ids: Set<string>;
}

/** Reads and schema-checks `layers/<id>.json` for every layer of the registry. */
export function readLayers(reader: GeodataReader, issues: IssueList, registry: readonly LayerDefinition[] = LAYERS): LayerInputs {
  const firstFile = new Map<string, string>();
  const layers = registry.map((def): LayerInput => {
    const id = def.id as LayerId;
    const schema = featureSchema(def);
    const rel = `layers/${id}.json`;
    const file = reader.file(rel);
    const features: ParsedFeature[] = [];
    const raw = reader.json(rel);
    if (raw === undefined) return { id, file, features };
    const collection = AuthoredLayerFile.safeParse(raw);
    if (!collection.success) {
      for (const p of describeZodIssues(collection.error.issues)) issues.add(file, p);
      return { id, file, features };
    }
    if (collection.data.features.length === 0) issues.add(file, 'layer has no features');
    collection.data.features.forEach((rawFeature, i) => {
      const rawId = (rawFeature as { id?: unknown } | null)?.id;
      const featureId = typeof rawId === 'string' ? rawId : `#${i + 1}`;
      const duplicateOf = firstFile.get(featureId);
      if (duplicateOf !== undefined) {
        issues.add(file, `duplicate feature id (first used in ${duplicateOf})`, featureId);
        return;
      }
      if (typeof rawId === 'string') firstFile.set(featureId, file);
      const parsed = schema.safeParse(rawFeature);
      if (!parsed.success) {
        for (const p of describeZodIssues(parsed.error.issues)) issues.add(file, p, featureId);
        return;
      }
      features.push(parsed.data as ParsedFeature);
    });
    return { id, file, features };
  });
  // Every JSON file beside the layers is a layer of the registry, except the editing conventions.
  const known = new Set([...registry.map((l) => `${l.id}.json`), CONVENTIONS_FILE.split('/').at(-1)]);
  for (const name of reader.list('layers')) {
    if (name.endsWith('.json') && !known.has(name)) {
      issues.add(reader.file(`layers/${name}`), `not a layer of the registry (lib/layers): ${registry.map((l) => l.id).join(', ')}`);
    }
  }
  return { layers, ids: new Set(firstFile.keys()) };
}
