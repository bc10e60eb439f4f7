/**
 * What the README and the licence notes say about the project must stay true of it: the data
 * summary is counted from the data, the Node floor is the one package.json enforces, and every
 * source article is named in the reuse terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '@/lib/data';
import { END, START, summaryLines, withSummary } from '@/scripts/data-summary';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('has the data summary the data gives (fix: npm run summary -- --write)', () => {
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(block).toBe(summaryLines(getAtlas()).join('\n'));
  });

  it('counts what the data holds', () => {
    const atlas = getAtlas();
    const [features, sources] = summaryLines(atlas);
    expect(features).toContain(`**${atlas.features.size} features** in 5 layers`);
    expect(features).toContain(`${atlas.layers.events.collection.features.length} events`);
    expect(sources).toContain(`**${atlas.sources.length} source articles**`);
    for (const s of atlas.sources) if (s.outlet) expect(sources).toContain(s.outlet);
    // Only what is planned, proposed or claimed counts as unconfirmed; what occurred or is in force does not.
    const unconfirmed = [...atlas.features.values()].filter((f) => !['occurred', 'in-force'].includes(f.properties.status)).length;
    expect(unconfirmed).toBeLessThan(atlas.features.size);
    expect(summaryLines(atlas).join('\n')).toContain(`${unconfirmed} features only planned, proposed or claimed`);
  });

  it('rewrites only the block between the markers', () => {
    const doc = `# T\n\n${START}\nold\n${END}\n\nrest\n`;
    expect(withSummary(doc, ['- a', '- b'])).toBe(`# T\n\n${START}\n- a\n- b\n${END}\n\nrest\n`);
    expect(() => withSummary('# no markers', [])).toThrow(/data-summary/);
  });

  it('states the Node floor that package.json enforces', () => {
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(readme).toContain('Node.js 20.19 or newer on Node 20, 22.13 or newer on Node 22, or Node 24 and later');
  });

  it('shows a committed, small screenshot', () => {
    expect(readme).toContain('](docs/screenshot.png)');
    const png = readFileSync('docs/screenshot.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeLessThan(200 * 1024);
  });

  it('says that the test command installs system packages as root, and how to stop it', () => {
    expect(readme).toMatch(/installs[\s\S]{0,200}`chromium`[\s\S]{0,40}`gdal-bin`[\s\S]{0,120}`apt-get`/);
    expect(readme).toContain('ATLAS_NO_APT=1');
    expect(readFileSync('scripts/ensure-system-tools.sh', 'utf8')).toContain('"${ATLAS_NO_APT:-}" != 1');
  });
});

describe('licences', () => {
  const terms = readFileSync('DATA-LICENSE.md', 'utf8');

  it('licenses the code under MIT to the contributors', () => {
    const license = readFileSync('LICENSE', 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The Caucasus Security Atlas contributors\n/);
  });

  it('names every source article with its file, title and outlet', () => {
    for (const s of getAtlas().sources) {
      const row = terms.split('\n').find((l) => l.includes(s.file));
      expect(row, s.file).toBeDefined();
      expect(row).toContain(s.outlet ?? 'not named in the text');
      if (s.titleBasis === 'printed') expect(row).toContain(s.title);
    }
  });

  it('gives the terms of each kind of data', () => {
    expect(terms).toMatch(/Natural Earth.*public domain/);
    expect(terms).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(terms).toMatch(/geodata\/layers.*CC BY 4\.0/);
    expect(terms).toContain('may not');
  });
});
