import { describe, expect, it } from 'vitest';
import { catalogOf } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';
import { allianceColors } from '@/lib/map/palette';
import { openingJson, openingOf, parseOpening } from '@/lib/page/opening';
import { parseUrlState, urlContext } from '@/lib/url';

const atlas = getAtlas();
const catalog = catalogOf(atlas);
const ctx = urlContext(catalog, atlas.features);

describe('the opening the page hands to the early map', () => {
  it('carries the state the URL asked for, as the page parsed it, and reads back the same', () => {
    const initial = parseUrlState(new URLSearchParams('layers=exercises&from=2015&to=2020&at=41,45,6'), ctx);
    const opening = openingOf(catalog, initial);
    expect(opening.initial.on).toMatchObject({ exercises: true, events: false });
    expect(opening.initial.range).toEqual({ from: '2015-01', to: '2020-12' });
    expect(opening.layers).toEqual(catalog.layers.map((l) => l.id));
    expect(parseOpening(openingJson(opening))).toEqual(opening);
  });

  it("leaves out the alliances' colours: the early map derives the catalog's own from the alliances' ids", () => {
    const ids = [...atlas.layers.alliances.collection.features].reverse().map((f) => f.id);
    expect(allianceColors(ids)).toEqual(Object.fromEntries(catalog.alliances.map((a) => [a.id, a.color])));
  });

  it('cannot end the script element it is written into', () => {
    const opening = openingOf(catalog, parseUrlState(new URLSearchParams(), ctx));
    const json = openingJson({ ...opening, version: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(parseOpening(json)?.version).toBe('</script><script>alert(1)</script>');
  });

  it('reads nothing from a missing, broken or foreign script (the early map then draws only the basemap)', () => {
    expect(parseOpening(null)).toBeNull();
    expect(parseOpening('')).toBeNull();
    expect(parseOpening('{"version":')).toBeNull();
    expect(parseOpening('{"version":"x","layers":[]}')).toBeNull();
    expect(parseOpening('[1,2]')).toBeNull();
  });
});
