import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPlaces } from '@/lib/data';
import { loadPlaces } from '@/lib/data/places';
import { BROKEN, VALID } from './fixtures';

describe('loadPlaces', () => {
  it('reads towns with their other names, which default to none', () => {
    const { places, issues } = loadPlaces(VALID);
    expect(issues).toEqual([]);
    expect(places?.find((p) => p.name === 'Baku')).toMatchObject({ iso3: 'AZE', altNames: [] });
  });

  it('reports a malformed file instead of throwing', () => {
    const { places, issues } = loadPlaces(path.join(BROKEN, 'basemap-invalid'));
    expect(places).toBeUndefined();
    expect(issues.map((i) => i.problem).join('\n')).toMatch(/iso3/);
  });

  it('reports a missing file with the command that makes it', () => {
    const { issues } = loadPlaces(path.join(BROKEN, 'no-such-case'));
    expect(issues[0]?.problem).toMatch(/missing.*build:basemap/);
  });

  it('gives the real basemap towns their contested names, without repeating the label', () => {
    const lachin = getPlaces().find((p) => p.name === 'Berdzor / Lachin');
    expect(lachin?.altNames).toEqual(expect.arrayContaining(['Lachin', 'Berdzor', 'Laçın']));
    expect(lachin?.altNames).not.toContain('Berdzor / Lachin');
  });
});
