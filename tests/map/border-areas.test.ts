import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BORDER_AREA_COLORS, NEUTRAL } from '@/lib/map/palette';
import { BORDER_AREA_LAYER_IDS, borderStyles } from '@/lib/map/styles/borders';

/** The border areas as the map draws them: which style layer takes an area, in what tint and strength. */
const areas = borderStyles.filter((s) => BORDER_AREA_LAYER_IDS.includes(s.id));

function drawnAs(kind: string, status: string, type: 'Polygon' | 'LineString' = 'Polygon') {
  const feature = { type: type === 'Polygon' ? 3 : 2, properties: { kind, status }, geometry: [] } as never;
  const matches = areas.filter((s) => featureFilter((s as { filter?: unknown }).filter as never, `layers[${s.id}].filter`).filter({ zoom: 6 } as never, feature));
  return matches.map((s) => (s as { paint: Record<string, unknown> }).paint).map((p) => ({ color: p['fill-color'], opacity: p['fill-opacity'] }));
}

describe('border areas on the map', () => {
  it.each(Object.entries(BORDER_AREA_COLORS))('a %s is tinted in its colour, once, at full strength when fact', (kind, color) => {
    expect(drawnAs(kind, 'fact')).toEqual([{ color, opacity: 0.14 }]);
  });

  it.each(['planned', 'proposed', 'claimed'])('an area only %s is drawn at half strength', (status) => {
    expect(drawnAs('peacekeeping-area', status)).toEqual([{ color: BORDER_AREA_COLORS['peacekeeping-area'], opacity: 0.07 }]);
    expect(drawnAs('some-new-kind', status)).toEqual([{ color: NEUTRAL.slate, opacity: 0.07 }]);
  });

  it('an area of a kind without a colour of its own is slate; a line is no area', () => {
    expect(drawnAs('some-new-kind', 'fact')).toEqual([{ color: NEUTRAL.slate, opacity: 0.14 }]);
    expect(drawnAs('peacekeeping-area', 'fact', 'LineString')).toEqual([]);
  });
});
