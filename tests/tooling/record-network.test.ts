/**
 * The recorder behind the offline check (scripts/offline-check.sh): it must log an attempt to
 * reach another host from any Node process or thread, and stay quiet about this machine, or the
 * check either passes a telemetry ping or fails on the test server's own traffic. Attempts here
 * are destroyed before a packet is sent.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const RECORDER = resolve('scripts/offline/record-network.cjs');
const dir = mkdtempSync(join(tmpdir(), 'atlas-netlog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Entry = { kind: string; host?: string; port?: number; thread: number };

function watched(script: string): Entry[] {
  const log = join(dir, `${Math.random().toString(36).slice(2)}.log`);
  execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, ATLAS_NET_LOG: log, NODE_OPTIONS: `--require=${RECORDER}` },
    stdio: 'pipe',
    timeout: 15_000,
  });
  return readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Entry);
}

describe('record-network.cjs', () => {
  it('logs TCP and TLS attempts and DNS lookups for other hosts', () => {
    const entries = watched(`
      const net = require('node:net'), tls = require('node:tls'), dns = require('node:dns');
      const refuse = (host, options, callback) => callback(new Error('no lookups in this test'));
      net.connect(443, '192.0.2.1').destroy();
      net.connect({ host: '2001:db8::1', port: 80 }).destroy();
      tls.connect({ host: 'telemetry.example.org', port: 443, lookup: refuse }).on('error', () => {});
      // An invalid family makes dns.lookup throw before it asks anyone; the attempt is logged first.
      try { dns.lookup('updates.example.org', { family: 99 }, () => {}); } catch {}
    `);
    const attempts = entries.filter((e) => e.kind !== 'watching').map((e) => `${e.kind} ${e.host}${e.port ? `:${e.port}` : ''}`);
    expect(attempts).toEqual(['connect 192.0.2.1:443', 'connect 2001:db8::1:80', 'connect telemetry.example.org:443', 'dns updates.example.org']);
  });

  it('says nothing about loopback, this machine and local sockets', () => {
    const entries = watched(`
      const net = require('node:net');
      const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        for (const host of ['127.0.0.1', 'localhost', '::1', undefined]) net.connect({ host, port }).on('error', () => {}).destroy();
        net.connect(require('node:path').join(require('node:os').tmpdir(), 'no-such.sock')).on('error', () => {});
        require('node:dns').lookup('localhost', () => {});
        setTimeout(() => server.close(), 50);
      });
    `);
    expect(entries.filter((e) => e.kind !== 'watching')).toEqual([]);
  });

  it('watches worker threads as well as the main thread', () => {
    const entries = watched(`
      const { Worker } = require('node:worker_threads');
      new Worker("require('node:net').connect(80, '198.51.100.7').destroy()", { eval: true });
    `);
    expect(entries.filter((e) => e.kind === 'watching').map((e) => e.thread)).toEqual([0, 1]);
    expect(entries.find((e) => e.kind === 'connect')).toMatchObject({ host: '198.51.100.7', port: 80, thread: 1 });
  });
});
