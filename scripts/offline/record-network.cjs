// Preloaded with NODE_OPTIONS="--require …/record-network.cjs" by scripts/offline-check.sh.
// Records every attempt a Node process makes to reach a host other than this machine (TCP and
// TLS connections, which fetch/undici use too; DNS lookups; UDP sends) as one JSON line in
// $ATLAS_NET_LOG, then lets the call go on unchanged. Inside the check's network namespace the
// call then fails, so the log is the only trace of a telemetry ping or an update check that
// would otherwise fail silently. Each process also writes a "watching" line, so the check can
// tell a quiet build from an unwatched one.
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS, and runs before any loader. */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const { isMainThread, threadId } = require('node:worker_threads');

const LOG = process.env.ATLAS_NET_LOG;

function record(entry) {
  if (!LOG) return;
  const line = { pid: process.pid, thread: threadId, argv: process.argv.slice(1, 3), ...entry };
  try {
    fs.appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  } catch {
    // The log is best effort; a failure to write must not change what the process does.
  }
}

const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback', os.hostname().toLowerCase()]);

/** True for loopback, "any" and this machine's own name: places a connection never leaves the machine for. */
function isLocal(host) {
  if (host === undefined || host === null || host === '') return true; // Node defaults to localhost
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  if (LOCAL_NAMES.has(h) || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.') || h === '0.0.0.0';
  if (net.isIPv6(h)) return h === '::1' || h === '::' || /^::ffff:127\./.test(h);
  return false;
}

function stackHint() {
  const lines = (new Error().stack ?? '').split('\n').slice(3, 9).map((l) => l.trim());
  return lines.filter((l) => !l.includes('record-network.cjs'));
}

// --- TCP (net, tls, http, https, fetch) -------------------------------------------------------
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  try {
    // Node calls this with (options), (port, host), (path) or, internally, ([options, cb]).
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    let host;
    let port;
    let path;
    if (first && typeof first === 'object') {
      ({ host, port, path } = first);
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      port = Number(first);
      host = typeof args[1] === 'string' ? args[1] : undefined;
    } else if (typeof first === 'string') {
      path = first;
    }
    if (!path && !isLocal(host)) record({ kind: 'connect', host, port, stack: stackHint() });
  } catch {
    // Never let the recorder break a connection it only meant to watch.
  }
  return originalConnect.apply(this, args);
};

// --- DNS -------------------------------------------------------------------------------------
function watchLookup(target, name, kind) {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function watched(hostname, ...rest) {
    if (!isLocal(hostname)) record({ kind, host: hostname, stack: stackHint() });
    return original.call(this, hostname, ...rest);
  };
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv']) {
  watchLookup(dns, name, 'dns');
  watchLookup(dns.promises, name, 'dns');
}
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  watchLookup(dns.Resolver.prototype, name, 'dns');
  watchLookup(dns.promises.Resolver.prototype, name, 'dns');
}

// --- UDP -------------------------------------------------------------------------------------
const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function send(...args) {
  try {
    // (msg, [offset, length,] port, address, cb): the address is the first string after a number.
    const i = args.findIndex((a) => typeof a === 'number');
    const address = args.slice(i + 1).find((a) => typeof a === 'string');
    if (address !== undefined && !isLocal(address)) record({ kind: 'udp', host: address, stack: stackHint() });
  } catch {
    // As above: watch only.
  }
  return originalSend.apply(this, args);
};

record({ kind: 'watching', mainThread: isMainThread });
