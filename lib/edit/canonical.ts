/**
 * Stable key order and formatting for what the editor writes, so a save is a small, reviewable diff
 * in the same shape as the hand-made files: two-space JSON, one trailing newline, keys in the order
 * the data files use (unknown keys after the known ones, in their own order).
 */

/** The order of keys by the object they appear in; a path segment `*` matches any array index. */
const ORDERS: Record<string, readonly string[]> = {
  feature: ['type', 'id', 'geometry', 'properties'],
  geometry: ['type', 'coordinates'],
  properties: ['layer', 'kind', 'status', 'name', 'altNames', 'actors', 'description', 'date', 'location', 'citations', 'related', 'spatialChecks', 'members', 'membersAsOf', 'width', 'derive', 'review'],
  altName: ['name', 'usage', 'lang', 'source'],
  date: ['start', 'end', 'basis', 'phrase', 'resolution', 'outside', 'extent', 'endBasis', 'endPhrase', 'endResolution', 'endOutside'],
  location: ['precision', 'note', 'placedBy'],
  citation: ['source', 'role', 'exact', 'prefix', 'suffix', 'attribution', 'note'],
  attribution: ['type', 'by'],
  review: ['status', 'createdBy', 'createdAt', 'reviewedBy', 'reviewedAt'],
  source: ['id', 'file', 'sha256', 'title', 'titleBasis', 'outlet', 'outletBasis', 'author', 'authorNote', 'published', 'vantage', 'url', 'terms', 'added'],
  published: ['date', 'basis', 'earliest', 'latest', 'note'],
  added: ['by', 'at'],
};

/** Which order applies to the object under `key` of an object with order `parent`. */
const CHILD: Record<string, Record<string, string>> = {
  feature: { geometry: 'geometry', properties: 'properties' },
  properties: { altNames: 'altName', date: 'date', location: 'location', citations: 'citation', review: 'review' },
  citation: { attribution: 'attribution' },
  source: { published: 'published', added: 'added' },
};

function ordered(value: unknown, kind: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, kind));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const order = kind ? (ORDERS[kind] ?? []) : [];
  const keys = [...order.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.includes(k))];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = ordered(obj[k], kind ? CHILD[kind]?.[k] : undefined);
  return out;
}

/** A feature with its keys in the data files' order (undefined values dropped). */
export function canonicalFeature<T>(feature: T): T {
  return ordered(feature, 'feature') as T;
}

/** A source's metadata with its keys in sources.json's order. */
export function canonicalSource<T>(source: T): T {
  return ordered(source, 'source') as T;
}

/** A data file's text: two-space JSON and a final newline, as every file under geodata/ is written. */
export function dataFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
