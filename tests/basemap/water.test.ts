import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readPublic, tileAt, type TileFeature } from './files';

/** What the map draws at a point: the land polygons of the zoom-7 tile there (what the browser gets). */
const landAt = (lon: number, lat: number, z = 7) =>
  tileAt(lon, lat, z, 'land')
    .filter((f) => booleanPointInPolygon(point([lon, lat]), f as TileFeature & { geometry: Polygon | MultiPolygon }))
    .map((f) => String(f.properties.iso3 ?? f.properties.name));

describe('seas read as water (the background shows through)', () => {
  it('the Black Sea at 34E 43N is in no land polygon', () => {
    expect(landAt(34, 43)).toEqual([]);
  });

  it('the Caspian Sea at 51E 41.5N is in no land polygon, also in the close-up tiles', () => {
    expect(landAt(51, 41.5)).toEqual([]);
    expect(landAt(50.5, 40.2, 9)).toEqual([]);
  });

  it('other open water the atlas shows is water too (Sea of Azov, Mediterranean off Cyprus)', () => {
    expect(landAt(36.5, 46)).toEqual([]);
    expect(landAt(32, 34)).toEqual([]);
  });

  it('sea labels sit on water', () => {
    const seas = readPublic<{ kind: string; name: string }>('labels.geojson').features.filter((f) => f.properties.kind === 'sea');
    expect(seas.map((s) => s.properties.name)).toEqual(expect.arrayContaining(['Black Sea', 'Caspian Sea']));
    for (const s of seas) {
      const [lon = 0, lat = 0] = (s.geometry as { coordinates: number[] }).coordinates;
      expect(landAt(lon, lat), s.properties.name).toEqual([]);
    }
  });

  // Control: the same lookup does find land, so the tests above can fail.
  it('finds exactly one country on land: Yerevan, Ganja, Nakhchivan city, Tbilisi', () => {
    expect(landAt(44.51, 40.18)).toEqual(['ARM']);
    expect(landAt(46.36, 40.68)).toEqual(['AZE']);
    expect(landAt(45.41, 39.21)).toEqual(['AZE']);
    expect(landAt(44.83, 41.69, 9)).toEqual(['GEO']);
  });
});
