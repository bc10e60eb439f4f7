/**
 * The scale series of `npm run bench`: the atlas's geodata with 1,000, 10,000 and 100,000
 * generated events added (written to a temporary folder, never committed), and for each size
 *   - `npm run check:data` on it in a fresh process with a 1 GB heap: wall time and peak memory;
 *   - the server's data work in a fresh process (load, validate, resolve; the page catalog; the
 *     published map-form files): time and peak memory, and the size of the page catalog;
 *   - the layer API's bbox query (`bbox=` over the events layer): p50 and p95 over 200 queries.
 * Generated events copy a real event's citations and dates (so they pass every check) and are
 * spread over the region. Run alone: `npx tsx bench/scale.ts [sizes…]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SCALE_SIZES = [1_000, 10_000, 100_000];
const ROOT = path.resolve(import.meta.dirname, '..');
const TEMPLATE_ID = 'ev-yuri-kim-senate-hearing-2023';
/** The frame generated events are spread over: the South Caucasus and its neighbours. */
const FRAME = [40, 37, 51, 44] as const;

interface Feature {
  id: string;
  geometry: { type: string; coordinates: number[] };
  properties: Record<string, unknown>;
}

/** A copy of geodata/ with `n` generated events added to the events layer; returns its folder. */
export function scaledGeodata(n: number): string {
  const dir = path.join(os.tmpdir(), `atlas-scale-${n}`, 'geodata');
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'geodata'), dir, { recursive: true });
  const file = path.join(dir, 'layers', 'events.json');
  const events = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: Feature[] };
  const template = events.features.find((f) => f.id === TEMPLATE_ID);
  if (!template) throw new Error(`scale: template event ${TEMPLATE_ID} not found`);
  // A deterministic spread (a low-discrepancy sequence), so every run measures the same data.
  for (let i = 0; i < n; i++) {
    const lon = FRAME[0] + ((i * 0.618034) % 1) * (FRAME[2] - FRAME[0]);
    const lat = FRAME[1] + ((i * 0.754878) % 1) * (FRAME[3] - FRAME[1]);
    events.features.push({
      ...template,
      id: `ev-scale-${String(i).padStart(6, '0')}`,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
      properties: { ...template.properties, name: `Generated event ${i}`, related: [TEMPLATE_ID] },
    });
  }
  fs.writeFileSync(file, JSON.stringify(events));
  return dir;
}

/** Runs a command under GNU time: wall seconds and peak resident memory (MB) of the process tree. */
function timed(cmd: string, args: string[], env: Record<string, string> = {}): { seconds: number; peakMb: number; stdout: string } {
  const report = path.join(os.tmpdir(), `atlas-scale-time-${process.pid}.txt`);
  const stdout = execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, cmd, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const [seconds, kb] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number) as [number, number];
  return { seconds, peakMb: kb / 1024, stdout };
}

export interface ScaleRow {
  events: number;
  checkSeconds: number;
  checkPeakMb: number;
  serverSeconds: number;
  serverPeakMb: number;
  catalogBytes: number;
  bboxP50: number;
  bboxP95: number;
  bboxMatched: number;
}

/** One process, the heap capped at 1 GB as the targets ask (tsx as a loader, not its CLI, which forks). */
const NODE_ARGS = ['--max-old-space-size=1024', '--import', 'tsx'];

export function measureScale(n: number): ScaleRow {
  const dir = scaledGeodata(n);
  const check = timed('node', [...NODE_ARGS, 'scripts/check-data.ts', dir]);
  if (!check.stdout.includes('OK')) throw new Error(`scale ${n}: check:data did not pass:\n${check.stdout}`);
  const server = timed('node', [...NODE_ARGS, 'bench/scale-worker.ts', dir]);
  const worker = JSON.parse(server.stdout.trim().split('\n').at(-1)!) as { catalogBytes: number; bboxP50: number; bboxP95: number; bboxMatched: number };
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  return { events: n, checkSeconds: check.seconds, checkPeakMb: check.peakMb, serverSeconds: server.seconds, serverPeakMb: server.peakMb, ...worker };
}

export function printScale(rows: ScaleRow[], smallCatalogBytes: number): boolean {
  console.log('\nscale series (generated events added to the real data; 1 GB heap)');
  console.log(
    ['events', 'check:data s', 'check MB', 'server data s', 'server MB', 'catalog B', 'bbox p50 ms', 'bbox p95 ms', 'bbox hits'].map((h) => h.padStart(13)).join(''),
  );
  let ok = true;
  for (const r of rows) {
    console.log(
      [r.events, r.checkSeconds.toFixed(2), r.checkPeakMb.toFixed(0), r.serverSeconds.toFixed(2), r.serverPeakMb.toFixed(0), r.catalogBytes, r.bboxP50.toFixed(2), r.bboxP95.toFixed(2), r.bboxMatched]
        .map((v) => String(v).padStart(13))
        .join(''),
    );
  }
  const big = rows.at(-1)!;
  const targets: [string, boolean, string][] = [
    [`check:data at ${big.events} events within 15 s and 1 GB`, big.checkSeconds <= 15 && big.checkPeakMb <= 1024, `${big.checkSeconds.toFixed(1)} s, ${big.checkPeakMb.toFixed(0)} MB`],
    [`server data load at ${big.events} events within 15 s and 1 GB`, big.serverSeconds <= 15 && big.serverPeakMb <= 1024, `${big.serverSeconds.toFixed(1)} s, ${big.serverPeakMb.toFixed(0)} MB`],
    [`page catalog the same size as with the real data (${smallCatalogBytes} B)`, big.catalogBytes <= smallCatalogBytes * 1.05, `${big.catalogBytes} B`],
    [`bbox p50 ≤ 5 ms at ${big.events} events`, big.bboxP50 <= 5, `${big.bboxP50.toFixed(2)} ms`],
  ];
  for (const [what, met, value] of targets) {
    console.log(`  ${met ? 'ok    ' : 'MISSED'} ${what}: ${value}`);
    ok &&= met;
  }
  return ok;
}

/** The page catalog's size with the real data, the baseline for "the same size at 100,000". */
export function smallCatalogBytes(): number {
  const out = execFileSync('node', [...NODE_ARGS, 'bench/scale-worker.ts', path.join(ROOT, 'geodata')], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { catalogBytes: number }).catalogBytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = (sizes.length ? sizes : SCALE_SIZES).map(measureScale);
  process.exit(printScale(rows, smallCatalogBytes()) ? 0 : 1);
}
