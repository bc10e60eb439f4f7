/** Ids for what the editor makes: a feature's from its layer prefix and its name. */
import { LAYERS } from '@/lib/layers';

/** Lower-case ASCII words of a name, joined by hyphens ("Three Brothers–2021" → "three-brothers-2021"). */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

/**
 * A new feature's id: the layer's prefix and the name's slug, numbered when taken
 * (`ex-caucasus-eagle-2026`, then `ex-caucasus-eagle-2026-2`). A name with no Latin letters or
 * digits gets `<prefix>-feature`.
 */
export function featureIdFor(layer: string, name: string, taken: { has(id: string): boolean }): string {
  const prefix = LAYERS.find((l) => l.id === layer)?.idPrefix ?? `${layer}-`;
  const base = `${prefix}${slug(name) || 'feature'}`.replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
