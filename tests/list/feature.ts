import type { Geometry } from 'geojson';
import type { AtlasFeature, LayerId } from '@/lib/data/types';

/** An atlas feature for the list tests: a meeting (an alliance on that layer) dated September 2021, exactly placed. */
export function feature(id: string, layer: LayerId, geometry: Geometry, over: Partial<AtlasFeature['properties']> = {}): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      layer,
      kind: layer === 'alliances' ? 'alliance' : 'meeting',
      name: id,
      altNames: [],
      actors: [],
      description: '',
      status: 'in-force',
      date: { start: '2021-09', precision: 'month', basis: 'stated', phrase: 'September 2021', extent: 'dated', interval: { from: '2021-09-01T00:00:00Z', to: '2021-09-30T23:59:59Z' } },
      location: { precision: 'exact', note: '' },
      citations: [],
      related: [],
      spatialFacts: [],
      ...over,
    } as AtlasFeature['properties'],
  };
}
