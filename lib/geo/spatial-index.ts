/**
 * A static spatial index (flatbush, an R-tree packed once) over a list of features, built the
 * first time a box is asked of that list and kept as long as the list lives. A bbox query then
 * visits only the features whose envelope meets the box, instead of every feature: the layer
 * API's `bbox=` stays fast at 100,000 events.
 */
import Flatbush from 'flatbush';
import type { Geometry } from 'geojson';
import { bboxOf, intersectsBbox, splitAtAntimeridian, type Bbox } from './bbox';

interface Indexed {
  index: Flatbush;
  /** Position in the list of each indexed entry (features without geometry are left out). */
  positions: number[];
}

const built = new WeakMap<readonly unknown[], Indexed | null>();

function indexOf(features: readonly { geometry: Geometry | null }[]): Indexed | null {
  if (built.has(features)) return built.get(features)!;
  const positions: number[] = [];
  features.forEach((f, i) => f.geometry && positions.push(i));
  let entry: Indexed | null = null;
  if (positions.length > 0) {
    const index = new Flatbush(positions.length);
    for (const i of positions) {
      const [w, s, e, n] = bboxOf(features[i]!.geometry!);
      index.add(w, s, e, n);
    }
    index.finish();
    entry = { index, positions };
  }
  built.set(features, entry);
  return entry;
}

/**
 * The features any part of which lies in the box (as `intersectsBbox` decides), in list order.
 * The list must not change after its first query (the atlas's collections never do).
 */
export function featuresInBbox<T extends { geometry: Geometry | null }>(features: readonly T[], box: Bbox): T[] {
  const entry = indexOf(features);
  if (!entry) return [];
  const hits = new Set<number>();
  for (const [w, s, e, n] of splitAtAntimeridian(box)) for (const k of entry.index.search(w, s, e, n)) hits.add(entry.positions[k]!);
  return [...hits]
    .sort((a, b) => a - b)
    .map((i) => features[i]!)
    .filter((f) => intersectsBbox(f.geometry, box));
}
