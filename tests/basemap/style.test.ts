import fs from 'node:fs';
import path from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapVersion } from '@/lib/map/basemap-version';
import { BASEMAP_FIRST_LABEL_LAYER_ID, BASEMAP_FONTS, BASEMAP_LAYER_IDS, basemapStyle } from '@/lib/map/basemap-style';
import { hashFiles } from '@/scripts/basemap/output';
import { PUBLIC_FILES } from '@/scripts/build-basemap';
import { PUBLIC_DIR, ROOT } from './files';

describe('basemap style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(basemapStyle).map((e) => e.message)).toEqual([]);
  });

  it('works offline: no glyphs URL, no sprite, no http(s) URL anywhere', () => {
    expect(basemapStyle).not.toHaveProperty('glyphs');
    expect(basemapStyle).not.toHaveProperty('sprite');
    expect(JSON.stringify(basemapStyle)).not.toMatch(/https?:|\/\//);
  });

  it('loads each source from a built file under /basemap/, versioned by its content', () => {
    const sources = Object.values(basemapStyle.sources);
    expect(sources.length).toBe(4);
    for (const s of sources) {
      expect(s.type).toBe('geojson');
      const data = (s as { data: string }).data;
      const m = /^\/basemap\/([a-z]+\.geojson)\?v=([0-9a-f]{12})$/.exec(data);
      expect(m, data).not.toBeNull();
      expect(fs.existsSync(path.join(ROOT, 'public', 'basemap', m![1]!))).toBe(true);
      expect(m![2]).toBe(basemapVersion);
    }
  });

  it('has a version that matches the files on disk (rebuild with npm run build:basemap)', () => {
    expect(hashFiles(PUBLIC_FILES.map((f) => path.join(PUBLIC_DIR, f)))).toBe(basemapVersion);
  });

  it('credits Natural Earth and GeoNames in the attribution control', () => {
    const attributions = Object.values(basemapStyle.sources).map((s) => (s as { attribution?: string }).attribution);
    expect(attributions.join(' ')).toContain('Natural Earth');
    expect(attributions.join(' ')).toContain('GeoNames');
  });

  it('has every exported layer id, each once, water as the background', () => {
    const ids = basemapStyle.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(Object.values(BASEMAP_LAYER_IDS)));
    expect(ids).toContain(BASEMAP_FIRST_LABEL_LAYER_ID);
    expect(basemapStyle.layers[0]).toMatchObject({ id: 'background', type: 'background' });
  });

  it('names local font families that end in a generic family', () => {
    for (const stack of Object.values(BASEMAP_FONTS)) expect(stack.at(-1)).toBe('sans-serif');
    const fonts = JSON.stringify(basemapStyle.layers.filter((l) => l.type === 'symbol').map((l) => l.layout?.['text-font']));
    expect(fonts).toContain('Noto Sans');
  });

  it('keeps towns off the opening view until zoomed in, by rank', () => {
    const minzoom = (id: string) => basemapStyle.layers.find((l) => l.id === id)?.minzoom ?? 0;
    expect(minzoom(BASEMAP_LAYER_IDS.capitalLabels)).toBe(0);
    expect(minzoom(BASEMAP_LAYER_IDS.townLabels)).toBeLessThanOrEqual(5);
    expect(minzoom(BASEMAP_LAYER_IDS.smallTownLabels)).toBeGreaterThan(minzoom(BASEMAP_LAYER_IDS.townLabels));
  });
});
