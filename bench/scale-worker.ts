/**
 * One size of the scale series (bench/scale.ts), in its own process so its time and memory are its
 * own: the server's data work on the geodata folder given (load, validate and resolve; the page
 * catalog; the published map-form and search files), then the layer API's bbox query. Prints one
 * JSON line.
 */
import { performance } from 'node:perf_hooks';
import { catalogOf } from '@/lib/catalog';
import { loadAtlas, formatIssue } from '@/lib/data';
import { loadPlaces } from '@/lib/data/places';
import { parseItemsQuery, selectFeatures } from '@/lib/ogc/items';
import { publishedFiles } from '@/lib/publish/files';

const dir = process.argv[2]!;
const { atlas, issues } = loadAtlas(dir);
if (!atlas) throw new Error(issues.slice(0, 5).map(formatIssue).join('\n'));
const places = loadPlaces(dir).places ?? [];
const catalogBytes = JSON.stringify(catalogOf(atlas)).length;
const published = publishedFiles(atlas, places).reduce((n, f) => n + f.json.length, 0);

const layer = atlas.layers.events;
const alliances = atlas.layers.alliances.collection.features.map((f) => f.id);
const q = parseItemsQuery(new URLSearchParams('bbox=46,39,47,40'), layer, alliances);
const samples: number[] = [];
let matched = 0;
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  matched = selectFeatures(layer.collection.features, q).length;
  samples.push(performance.now() - t);
}
samples.sort((a, b) => a - b);
console.log(
  JSON.stringify({ catalogBytes, published, bboxP50: samples[100]!, bboxP95: samples[190]!, bboxMatched: matched }),
);
