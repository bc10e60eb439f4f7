/**
 * Serialised API bodies and their ETags, kept per key (everything a body depends on: route, data
 * version, origin, normalised query) and media type, so a repeated request costs a lookup, and a
 * revalidation (`If-None-Match`) is answered before anything is built or hashed. Bounded by the
 * bytes it holds; the least recently used entries go first.
 */
import { strongEtag } from './etag';

export interface Entity {
  json: string;
  etag: string;
}

export class EntityCache {
  private readonly entries = new Map<string, Entity>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The entity for `key`, built (serialised and tagged) on a miss. */
  get(key: string, contentType: string, build: () => unknown): Entity {
    const k = `${contentType}\n${key}`;
    const hit = this.entries.get(k);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the first entry is the least recently used.
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit;
    }
    const json = JSON.stringify(build());
    const entity = { json, etag: strongEtag(contentType, json) };
    if (json.length > this.maxBytes) return entity;
    this.entries.set(k, entity);
    this.bytes += json.length;
    for (const [old, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(old);
      this.bytes -= e.json.length;
    }
    return entity;
  }

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }
}

/** The process's cache of API bodies (64 MB of JSON text at most). */
export const API_ENTITIES = new EntityCache(64 * 2 ** 20);
