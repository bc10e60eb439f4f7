/**
 * The README's three-line summary of what is in the atlas, counted from the data:
 *
 *   npm run summary           print it
 *   npm run summary -- --write  rewrite the block between the README's data-summary markers
 *
 * tests/tooling/readme.test.ts fails when the README's block and the data disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAtlas, LAYER_IDS, type Atlas } from '../lib/data';

export const START = '<!-- data-summary:start (npm run summary -- --write) -->';
export const END = '<!-- data-summary:end -->';

const year = (iso: string) => iso.slice(0, 4);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listing(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Three Markdown list items: features and layers, sources, dates. */
export function summaryLines(atlas: Atlas): string[] {
  const features = [...atlas.features.values()];
  const citations = features.reduce((n, f) => n + f.properties.citations.length, 0);
  const perLayer = LAYER_IDS.map((id) => {
    const layer = atlas.layers[id];
    return `${layer.collection.features.length} ${layer.title.toLowerCase()}`;
  });

  const published = atlas.sources.map((s) => s.published.date).sort();
  const outlets = [...new Set(atlas.sources.flatMap((s) => (s.outlet ? [s.outlet] : [])))].sort();
  const unnamed = atlas.sources.filter((s) => !s.outlet).length;
  const outletWords = [...outlets, ...(unnamed ? [`${count(unnamed, 'article')} whose outlet is not named`] : [])];

  const starts = features.map((f) => f.properties.date.interval.from).sort();
  const ends = features.flatMap((f) => [f.properties.date.interval.from, ...(f.properties.date.interval.to ? [f.properties.date.interval.to] : [])]).sort();
  const open = features.filter((f) => f.properties.date.interval.to === null).length;
  const unconfirmed = features.filter((f) => ['planned', 'proposed', 'claimed'].includes(f.properties.status)).length;

  return [
    `- **${count(features.length, 'feature')}** in ${count(LAYER_IDS.length, 'layer')} (${perLayer.join(', ')}), resting on ${count(citations, 'verbatim citation')}.`,
    `- **${count(atlas.sources.length, 'source article')}**, published ${year(published[0]!)}–${year(published.at(-1)!)}: ${listing(outletWords)}.`,
    `- **Dates from ${year(starts[0]!)} to ${year(ends.at(-1)!)}**; ${count(open, 'feature')} still open-ended when the sources were written, ${count(unconfirmed, 'feature')} only planned, proposed or claimed (and marked so).`,
  ];
}

/** The README with its summary block replaced; throws when the markers are missing. */
export function withSummary(readme: string, lines: string[]): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no "${START}" … "${END}" block`);
  return `${readme.slice(0, a + START.length)}\n${lines.join('\n')}\n${readme.slice(b)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lines = summaryLines(getAtlas());
  if (process.argv.includes('--write')) {
    const file = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'README.md');
    writeFileSync(file, withSummary(readFileSync(file, 'utf8'), lines));
    console.log('README.md: data summary updated.');
  } else {
    console.log(lines.join('\n'));
  }
}
