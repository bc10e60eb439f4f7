/**
 * Load run (`npm run bench`): the production server (server/index.mjs, serving the build in .next/)
 * started on a free port, then 64 connections for about 10 s on the API (items with filters, a
 * feature, a source, the landing page) and 10 s on the server-rendered pages (map, reader, 404).
 * Reports errors, non-2xx answers, latency p50/p99 and the server's resident memory before and after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { request } from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { basemapVersion } from '@/lib/map/basemap-version';
import { staticMapPath } from '@/lib/url/links';

const ROOT = path.join(__dirname, '..');

export const LOAD = {
  /** Default: 64 connections for 10 s per phase. */
  connections: Number(process.env.LOAD_CONNECTIONS ?? 64),
  duration: Number(process.env.LOAD_SECONDS ?? 10),
  /** A request still unanswered after this many seconds counts as a timeout (an error). */
  timeout: 30,
  phases: {
    api: [
      '/api/collections/events/items?limit=100',
      '/api/collections/exercises/items?bbox=44,38,51,42&datetime=2021-01-01/2021-12-31',
      '/api/collections/exercises/items/ex-three-brothers-2021',
      '/api/sources/003_fd8218c4c3c52676',
      '/api',
    ],
    // Server-rendered per request (each carries its own CSP nonce): the map page, the reader, the 404 page.
    pages: ['/', '/sources/003_fd8218c4c3c52676', '/no-such-page'],
  },
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? NaN) / 1024;
}

export async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become healthy in 60 s');
}

export interface PhaseReport {
  phase: string;
  requests: number;
  perSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  rssBefore: number;
  rssAfter: number;
}

export interface BaselineRow {
  what: string;
  atlas: number;
  baseline: number;
  /** atlas / baseline, of requests per second or of CPU per request. */
  ratio: number;
  target: string;
  ok: boolean;
}

export interface LoadReport {
  phases: PhaseReport[];
  baselines: BaselineRow[];
  rssIdle: number;
  serverErrors: string;
}

export async function runLoad(): Promise<LoadReport> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('no production build: run `npm run build` first');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['server/index.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  try {
    await waitForHealth(base, server);
    const phases: PhaseReport[] = [];
    for (const [phase, paths] of Object.entries(LOAD.phases)) {
      // One request per path first, so the run measures serving, not first-time loading.
      for (const p of paths) await (await fetch(base + p)).arrayBuffer();
      const rssBefore = rssMb(server.pid!);
      const r = await autocannon({
        url: base,
        connections: LOAD.connections,
        duration: LOAD.duration,
        timeout: LOAD.timeout,
        requests: paths.map((p) => ({ path: p, headers: { 'accept-encoding': 'gzip' } })),
      });
      phases.push({
        phase,
        requests: r.requests.total,
        perSecond: r.requests.average,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        statuses: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
        p50: r.latency.p50,
        p99: r.latency.p99,
        rssBefore,
        rssAfter: rssMb(server.pid!),
      });
    }
    const baselines = await runBaselines(base, server.pid!);
    await new Promise((r) => setTimeout(r, 3000));
    return { phases, baselines, rssIdle: rssMb(server.pid!), serverErrors: stderr.trim() };
  } finally {
    server.kill('SIGTERM');
  }
}

/** CPU time a process has used, in ms (Linux /proc, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** A response exactly as sent (compressed bytes, all headers), with no decoding. */
function record(base: string, p: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    request(base + p, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string' && k !== 'connection' && k !== 'keep-alive' && k !== 'date') h[k] = v;
        resolve({ status: res.statusCode!, headers: h, body: Buffer.concat(chunks).toString('base64') });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** Requests per second and server CPU per request for one path, 16 connections. */
async function measure(base: string, pid: number, p: string, headers: Record<string, string>) {
  const before = cpuMs(pid);
  const r = await autocannon({ url: base, connections: 16, duration: Math.max(3, Math.round(LOAD.duration / 2)), requests: [{ path: p, headers }] });
  const cpuPerRequest = ((cpuMs(pid) - before) * 1000) / Math.max(1, r.requests.total);
  return { perSecond: r.requests.average, cpuPerRequest, non2xx: r.non2xx };
}

/**
 * The atlas server against a bare Node server replaying the same bytes and headers (written by
 * the benchmark, started as its own process), in the same run: the static path (a precompressed,
 * versioned basemap file), the dynamic path (a whole layer in map form, memoised), and what a 304
 * costs against a 200.
 */
async function runBaselines(base: string, pid: number): Promise<BaselineRow[]> {
  const enc = { 'accept-encoding': 'gzip, br' };
  const version = ((await (await fetch(`${base}/api/map/events`)).json()) as { version: string }).version;
  const paths = {
    'static basemap file': `/basemap/${basemapVersion}/places.geojson`,
    'whole layer, published file': staticMapPath(version, 'events'),
    'whole layer, API route': '/api/map/events',
  };
  const TARGETS: Record<string, number> = { 'static basemap file': 0.5, 'whole layer, published file': 0.5 };
  const recording: Record<string, Awaited<ReturnType<typeof record>>> = {};
  for (const p of Object.values(paths)) recording[p] = await record(base, p, enc);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  fs.writeFileSync(path.join(dir, 'recording.json'), JSON.stringify(recording));
  const barePort = await freePort();
  const bare = spawn(process.execPath, [path.join(ROOT, 'bench/bare-server.mjs'), path.join(dir, 'recording.json'), String(barePort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((r) => bare.stdout!.once('data', () => r()));
  const bareBase = `http://127.0.0.1:${barePort}`;
  try {
    const rows: BaselineRow[] = [];
    for (const [what, p] of Object.entries(paths)) {
      const atlas = await measure(base, pid, p, enc);
      const baseline = await measure(bareBase, bare.pid!, p, enc);
      const ratio = atlas.perSecond / baseline.perSecond;
      const target = TARGETS[what] ?? 0;
      rows.push({
        what: `${what} (req/s)`,
        atlas: atlas.perSecond,
        baseline: baseline.perSecond,
        ratio,
        target: target ? `≥ ${target} × bare` : 'reported',
        ok: ratio >= target && atlas.non2xx === 0,
      });
    }
    const dynamic = paths['whole layer, API route'];
    const etag = recording[dynamic]!.headers.etag!;
    const full = await measure(base, pid, dynamic, enc);
    const revalidated = await measure(base, pid, dynamic, { ...enc, 'if-none-match': etag });
    const ratio = revalidated.cpuPerRequest / full.cpuPerRequest;
    rows.push({
      what: `304 vs 200 on ${dynamic} (server CPU µs/request)`,
      atlas: revalidated.cpuPerRequest,
      baseline: full.cpuPerRequest,
      ratio,
      target: '≤ 0.33 (3 × cheaper)',
      ok: ratio <= 1 / 3,
    });
    return rows;
  } finally {
    bare.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prints the report; returns whether it passed: no errors, timeouts or non-2xx answers (the 404
 * page is expected to be a 404), and nothing on the server's error log.
 */
export function printLoad(report: LoadReport): boolean {
  let ok = true;
  console.log(`\nload: ${LOAD.connections} connections, ${LOAD.duration} s per phase, the production server`);
  for (const r of report.phases) {
    const unexpected = r.non2xx - (r.statuses['404'] ?? 0) * (r.phase === 'pages' ? 1 : 0);
    const passed = r.errors === 0 && r.timeouts === 0 && unexpected === 0;
    ok &&= passed;
    console.log(`  ${r.phase.padEnd(6)} ${String(r.requests).padStart(6)} requests (${r.perSecond.toFixed(0)}/s), statuses ${JSON.stringify(r.statuses)}`);
    console.log(`         errors ${r.errors}, timeouts ${r.timeouts}, unexpected non-2xx ${unexpected}; latency p50 ${r.p50} ms, p99 ${r.p99} ms`);
    console.log(`         server RSS ${r.rssBefore.toFixed(0)} MB before, ${r.rssAfter.toFixed(0)} MB after  ${passed ? 'ok' : 'MISSED'}`);
  }
  console.log('\nagainst a bare Node server replaying the same bytes, same run (16 connections):');
  for (const b of report.baselines) {
    ok &&= b.ok;
    console.log(`  ${b.what.padEnd(58)} atlas ${b.atlas.toFixed(0).padStart(6)}  baseline ${b.baseline.toFixed(0).padStart(6)}  ratio ${b.ratio.toFixed(2)}  target ${b.target}  ${b.ok ? 'ok' : 'MISSED'}`);
  }
  console.log(`  server RSS after 3 s idle: ${report.rssIdle.toFixed(0)} MB`);
  if (report.serverErrors) {
    ok = false;
    console.log(`  MISSED: the server logged errors:\n${report.serverErrors.slice(0, 2000)}`);
  }
  return ok;
}
