/**
 * Speed and memory benchmarks (`npm run bench`). Each case runs in this process against the real
 * geodata and the real route handlers, reports the median and p95, and is compared with its target.
 * Then a load run against the production server (bench/load.ts).
 * Exits 1 when a target is missed, so a regression is visible, but it is not part of `npm test`:
 * timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';

type Case = { name: string; target: number; unit: 'ms' | 'MB'; run: () => Promise<number> };

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

async function timeRequests(handler: (r: Request, ctx: never) => Promise<Response>, url: string, params: object, n = 300) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await handler(new Request(url), { params: Promise.resolve(params) } as never);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    samples.push(performance.now() - t);
  }
  return stats(samples).p95;
}

async function main() {
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const data = await import('@/lib/data');
  data.getAtlas();
  const loadMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const items = await import('@/app/api/collections/[layer]/items/route');
  const item = await import('@/app/api/collections/[layer]/items/[id]/route');
  const source = await import('@/app/api/sources/[id]/route');
  const base = 'http://127.0.0.1/api';

  const cases: Case[] = [
    { name: 'load, validate and resolve all geodata (cold)', target: 1500, unit: 'ms', run: async () => loadMs },
    { name: 'heap held by the resolved atlas', target: 64, unit: 'MB', run: async () => heapMb },
    {
      name: 'items: whole events layer, p95',
      target: 25,
      unit: 'ms',
      run: () => timeRequests(items.GET as never, `${base}/collections/events/items?limit=1000`, { layer: 'events' }),
    },
    {
      name: 'items: bbox + datetime filter, p95',
      target: 15,
      unit: 'ms',
      run: () =>
        timeRequests(items.GET as never, `${base}/collections/events/items?bbox=44,38,51,42&datetime=2021-01-01/2021-12-31`, {
          layer: 'events',
        }),
    },
    {
      name: 'one feature with resolved citations, p95',
      target: 10,
      unit: 'ms',
      run: () =>
        timeRequests(item.GET as never, `${base}/collections/exercises/items/ex-three-brothers-2021`, {
          layer: 'exercises',
          id: 'ex-three-brothers-2021',
        }),
    },
    {
      name: 'source with text and passages, p95',
      target: 15,
      unit: 'ms',
      run: () =>
        timeRequests(source.GET as never, `${base}/sources/003_fd8218c4c3c52676`, { id: '003_fd8218c4c3c52676' }),
    },
  ];

  let failed = 0;
  console.log('benchmark'.padEnd(52), 'result'.padStart(10), 'target'.padStart(10));
  for (const c of cases) {
    const value = await c.run();
    const ok = value <= c.target;
    if (!ok) failed++;
    console.log(
      c.name.padEnd(52),
      `${value.toFixed(2)} ${c.unit}`.padStart(10),
      `${c.target} ${c.unit}`.padStart(10),
      ok ? 'ok' : 'MISSED',
    );
  }
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`process RSS after all cases: ${rss.toFixed(0)} MB`);

  // The scale series: 1,000 / 10,000 / 100,000 generated events (BENCH_SCALE=0 skips it; a few minutes).
  if (process.env.BENCH_SCALE !== '0') {
    const { measureScale, printScale, SCALE_SIZES, smallCatalogBytes } = await import('./scale');
    if (!printScale(SCALE_SIZES.map(measureScale), smallCatalogBytes())) failed++;
  }

  // The page against a bare MapLibre page, in Chromium (BENCH_PAGE=0 skips it).
  if (process.env.BENCH_PAGE !== '0') {
    const { printPage, runPage, startAtlas } = await import('./page');
    const atlas = await startAtlas();
    try {
      if (!printPage(await runPage(atlas.base))) failed++;
    } finally {
      atlas.stop();
    }
  }

  // The page at 10,000 and 100,000 generated events against the real data (BENCH_PAGE_SCALE=0 skips it; a few minutes).
  if (process.env.BENCH_PAGE_SCALE !== '0') {
    const { printPageScale, runPageScale } = await import('./page-scale');
    if (!printPageScale(await runPageScale())) failed++;
  }

  // The production server under load (BENCH_LOAD=0 skips it, e.g. without a build).
  if (process.env.BENCH_LOAD !== '0') {
    const { printLoad, runLoad } = await import('./load');
    if (!printLoad(await runLoad())) failed++;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
