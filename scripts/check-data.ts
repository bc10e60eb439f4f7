/**
 * `npm run check:data [dir]`: validates the geodata (default `geodata/`) and prints either a
 * one-line summary or every issue, one per line, exiting 1 so CI and pre-commit hooks stop.
 */
import path from 'node:path';
import { formatIssue, loadAtlas } from '../lib/data';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const { atlas, issues } = loadAtlas(dir);

if (!atlas) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`check:data: ${issues.length} issue${issues.length === 1 ? '' : 's'}`);
  process.exit(1);
}

const features = [...atlas.features.values()];
const citations = features.reduce((n, f) => n + f.properties.citations.length, 0);
console.log(
  `check:data: ${features.length} features in ${atlas.layerIds.length} layers, ${citations} citations, ${atlas.sources.length} sources — OK (version ${atlas.version})`,
);
