/**
 * A larger atlas for the oracle properties: the fixture features plus generated ones per layer, with
 * points, lines and multi-lines all over the region and across the antimeridian, dates from 1991 on
 * (some still open), every kind and a mix of actors and related alliances. Deterministic.
 */
import type { Geometry } from 'geojson';
import { KINDS, LAYER_IDS, type LayerId } from '@/lib/data/schema';
import type { AtlasFeature } from '@/lib/data/types';
import { feature, FEATURES, makeAtlas } from '../api/fixtures/atlas';

/** A small linear congruential generator, so the atlas is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

const ACTORS = ['AZE', 'ARM', 'TUR', 'PAK', 'RUS', 'USA', 'GEO', 'IRN', 'CSTO'];

function generated(layer: LayerId, n: number, rand: () => number): AtlasFeature[] {
  const lng = () => Math.round((rand() * 380 - 190) * 1e4) / 1e4;
  const wrap = (x: number) => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
  const lat = () => Math.round((rand() * 160 - 80) * 1e4) / 1e4;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const shape = rand();
    const x = wrap(lng());
    const y = lat();
    const step = () => [wrap(x + (rand() - 0.5) * 20), Math.max(-89, Math.min(89, y + (rand() - 0.5) * 10))];
    const geometry: Geometry =
      layer === 'exercises' || layer === 'events' || shape < 0.3
        ? { type: 'Point', coordinates: [x, y] }
        : shape < 0.7
          ? { type: 'LineString', coordinates: [[x, y], step(), step()] }
          : { type: 'MultiLineString', coordinates: [[[x, y], step()], [step(), step()]] };
    const start = Date.UTC(1991, 0, 1) + Math.floor(rand() * 33 * 365) * 86_400_000;
    const to = rand() < 0.2 ? null : new Date(start + Math.floor(rand() * 400) * 86_400_000 + 86_399_000).toISOString().replace('.000Z', 'Z');
    const actors = [...new Set([pick(ACTORS), pick(ACTORS)])];
    return feature(
      `gen-${layer}-${i}`,
      geometry,
      {
        layer,
        kind: pick(KINDS[layer]),
        name: `Generated ${layer} ${i}`,
        actors,
        related: rand() < 0.4 ? [pick(FEATURES.alliances).id] : [],
        ...(layer === 'alliances' ? { members: actors } : {}),
      },
      [new Date(start).toISOString().replace('.000Z', 'Z'), to],
    );
  });
}

const rand = random(12_345);
export const oracleAtlas = makeAtlas(
  Object.fromEntries(LAYER_IDS.map((id) => [id, [...FEATURES[id], ...generated(id, 30, rand)]])) as Record<LayerId, AtlasFeature[]>,
  'oracle-v1',
);
