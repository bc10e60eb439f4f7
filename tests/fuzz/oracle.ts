/**
 * What the items endpoint must answer, computed the slow, obvious way straight from the fixture
 * features and the OGC rules, sharing no code with lib/ogc: a feature matches when its geometry
 * touches the box (exact segment clipping, antimeridian boxes split), its interval shares an instant
 * with `datetime`, and it passes every equality filter.
 */
import type { AtlasFeature } from '@/lib/data/types';

type Box = [number, number, number, number];

function pointIn([x, y]: number[], [w, s, e, n]: Box): boolean {
  return x! >= w && x! <= e && y! >= s && y! <= n;
}

/** Liang–Barsky: does the segment a→b touch the box? */
function segmentTouches(a: number[], b: number[], [w, s, e, n]: Box): boolean {
  const [x0, y0] = a as [number, number];
  const dx = b[0]! - x0;
  const dy = b[1]! - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, x0 - w], [dx, e - x0], [-dy, y0 - s], [dy, n - y0]] as [number, number][]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function lines(f: AtlasFeature): number[][][] {
  const g = f.geometry;
  if (!g) return [];
  if (g.type === 'Point') return [[g.coordinates]];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  throw new Error(`oracle: no rule for ${g.type}`);
}

export function touchesBox(f: AtlasFeature, [w, s, e, n]: Box): boolean {
  const boxes: Box[] = w <= e ? [[w, s, e, n]] : [[w, s, 180, n], [-180, s, e, n]];
  return boxes.some((box) =>
    lines(f).some((line) => (line.length === 1 ? pointIn(line[0]!, box) : line.slice(1).some((p, i) => segmentTouches(line[i]!, p, box)))),
  );
}

/** One end of `datetime` as [first ms, last ms]: a date is its whole UTC day, a date-time an instant. */
function endRange(text: string): [number, number] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const t = Date.parse(`${text}T00:00:00Z`);
    return [t, t + 86_400_000 - 1];
  }
  const t = Date.parse(text);
  return [t, t];
}

export function inTime(f: AtlasFeature, datetime: string): boolean {
  const [a, b] = datetime.includes('/') ? datetime.split('/') : [datetime, datetime];
  const from = a === '..' || a === '' ? -Infinity : endRange(a!)[0];
  const to = b === '..' || b === '' ? Infinity : endRange(b!)[1];
  const { from: fFrom, to: fTo } = f.properties.date.interval;
  // A stored end is the last second of its period: the whole second counts.
  const featureEnd = fTo === null ? Infinity : Date.parse(fTo) + 999;
  return Date.parse(fFrom) <= to && featureEnd >= from;
}

export interface ItemsFilter {
  bbox?: string;
  datetime?: string;
  kind?: string;
  actor?: string;
  alliance?: string;
  name?: string;
}

/** The ids the endpoint must return for `filter` over a layer's features, in stored order. */
export function expectedIds(features: readonly AtlasFeature[], filter: ItemsFilter): string[] {
  const list = (v?: string) => v?.split(',');
  return features
    .filter((f) => {
      const p = f.properties;
      if (filter.bbox && !touchesBox(f, filter.bbox.split(',').map(Number) as Box)) return false;
      if (filter.datetime && !inTime(f, filter.datetime)) return false;
      if (filter.kind && !list(filter.kind)!.includes(p.kind)) return false;
      if (filter.actor && !list(filter.actor)!.some((a) => p.actors.includes(a.toUpperCase()))) return false;
      if (filter.alliance && !list(filter.alliance)!.some((a) => (p.layer === 'alliances' ? f.id === a : p.related.includes(a)))) return false;
      if (filter.name && ![p.name, ...p.altNames.map((n) => n.name)].some((n) => n.toLowerCase() === filter.name!.toLowerCase())) return false;
      return true;
    })
    .map((f) => f.id);
}
