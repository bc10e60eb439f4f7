import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '@/lib/map/basemap-style';
import { sourcePlan } from '@/lib/map/data-layers';
import { BORDER_AREA_LAYER_IDS } from '@/lib/map/styles/borders';
import type { DataLayerStyle } from '@/lib/map/styles/types';

/**
 * MapLibre compiles a shader program per layer type and per mix of constant and data-driven paint
 * properties (its ProgramConfiguration cache key); in software WebGL each new one costs the page
 * tens of milliseconds at first draw. The data layers keep to one data-driven mix per program, so
 * a new layer or a new expression that would add a program fails here (lib/map/styles/expressions.ts).
 */

const paint = (s: DataLayerStyle) => ((s as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
const layout = (s: DataLayerStyle) => ((s as { layout?: Record<string, unknown> }).layout ?? {}) as Record<string, unknown>;
const dashed = (s: DataLayerStyle) => paint(s)['line-dasharray'] !== undefined;

/** The paint properties each program binds, as MapLibre's programs declare them. */
const PROGRAMS: Record<string, { type: DataLayerStyle['type']; properties: string[]; applies?: (s: DataLayerStyle) => boolean }> = {
  fill: { type: 'fill', properties: ['fill-color', 'fill-opacity', 'fill-outline-color'] },
  line: { type: 'line', properties: ['line-color', 'line-width', 'line-opacity', 'line-blur', 'line-gap-width', 'line-offset'], applies: (s) => !dashed(s) },
  lineSDF: { type: 'line', properties: ['line-color', 'line-width', 'line-opacity', 'line-blur', 'line-gap-width', 'line-offset', 'line-dasharray'], applies: dashed },
  circle: { type: 'circle', properties: ['circle-radius', 'circle-color', 'circle-blur', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width', 'circle-stroke-opacity'] },
  symbolIcon: { type: 'symbol', properties: ['icon-opacity', 'icon-color', 'icon-halo-color', 'icon-halo-width', 'icon-halo-blur'], applies: (s) => layout(s)['icon-image'] !== undefined },
  symbolText: { type: 'symbol', properties: ['text-color', 'text-opacity', 'text-halo-color', 'text-halo-width', 'text-halo-blur'], applies: (s) => layout(s)['text-field'] !== undefined },
};

/** How MapLibre binds a property: a uniform (constant, or by zoom only), per feature, or per feature and zoom. */
function binding(style: DataLayerStyle, property: string): 'uniform' | 'feature' | 'feature+zoom' {
  const value = paint(style)[property];
  if (value === undefined) return 'uniform';
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${style.type}`]![property];
  const parsed = createPropertyExpression(value, property, spec as never);
  if (parsed.result !== 'success') throw new Error(`${style.id} ${property}: ${JSON.stringify(parsed.value)}`);
  const kind = parsed.value.kind;
  return kind === 'source' ? 'feature' : kind === 'composite' ? 'feature+zoom' : 'uniform';
}

const STYLES = sourcePlan().flatMap((p) => p.styles);

/** How a layer binds the paint properties of a program, as one string. */
function mixOf(program: keyof typeof PROGRAMS, style: DataLayerStyle): string {
  return PROGRAMS[program]!.properties.map((p) => `${p}:${binding(style, p)}`).join(' ');
}

/** The data-driven mixes of one program among the data layers, each with the layers that use it. */
function mixes(program: keyof typeof PROGRAMS): Map<string, string[]> {
  const { type, applies } = PROGRAMS[program]!;
  const found = new Map<string, string[]>();
  for (const style of STYLES.filter((s) => s.type === type && (applies?.(s) ?? true))) {
    const mix = mixOf(program, style).split(' ');
    // All uniform: the program the basemap's own layers compile anyway.
    if (mix.every((m) => m.endsWith(':uniform'))) continue;
    const key = mix.join(' ');
    found.set(key, [...(found.get(key) ?? []), style.id]);
  }
  return found;
}

describe('shader programs of the data layers', () => {
  it.each(Object.keys(PROGRAMS))('%s: at most one data-driven mix across the data layers', (program) => {
    const found = mixes(program);
    expect([...found.entries()], `layers with different mixes compile one ${program} program each`).toHaveLength(Math.min(found.size, 1));
  });

  it('every dashed line and every icon shares its program (the mixes the map draws on opening)', () => {
    expect([...mixes('lineSDF').values()].flat().sort()).toEqual(['alliances-line', 'borders-line', 'corridors-line']);
    expect([...mixes('symbolIcon').values()].flat().sort()).toEqual(['anchors-badge', 'points-group', 'points-hover', 'points-marker', 'selection-marker']);
  });

  it("the border areas: constant paint (the basemap's own fill program), no outline pass (their edge is the border line)", () => {
    const areas = STYLES.filter((s) => BORDER_AREA_LAYER_IDS.includes(s.id));
    expect(areas.length).toBeGreaterThanOrEqual(2);
    for (const area of areas) {
      expect(area).toMatchObject({ type: 'fill', paint: { 'fill-antialias': false } });
      expect(mixOf('fill', area), area.id).toBe('fill-color:uniform fill-opacity:uniform fill-outline-color:uniform');
    }
    expect(mixes('fill').size).toBe(0);
  });

  it("the basemap's dashed lines bind as the data's do, so one dashed-line program draws both", () => {
    const dashedBasemap = basemapStyle.layers.filter((l) => l.type === 'line' && (l.paint as Record<string, unknown> | undefined)?.['line-dasharray'] !== undefined);
    expect(dashedBasemap.length).toBeGreaterThan(0);
    const [data] = [...mixes('lineSDF').keys()];
    for (const layer of dashedBasemap) expect(mixOf('lineSDF', layer as unknown as DataLayerStyle), layer.id).toBe(data);
  });
});
