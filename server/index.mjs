// @ts-check
/**
 * The production server: `npm start`, `npm run serve` and the browser tests run this rather than
 * `next start`, so that every request passes the guard and gets the security headers, including
 * the ones Next.js fails on before any of its own hooks run (see server/README.md).
 *
 *   node server/index.mjs [--port 3000] [--host 127.0.0.1]     (PORT is read too)
 *
 * Serves the build in .next/ (`npm run build`); the settings are in the README.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { createRequestHandler } from './app.mjs';
import { serverConfig } from './config.mjs';
import { attachProtocolGuards } from './protocol.mjs';
import { revalidationStage } from './revalidate.mjs';
import { staticStage } from './static.mjs';

// Next.js telemetry off: the atlas sends nothing off the machine, whoever starts the server.
process.env.NEXT_TELEMETRY_DISABLED = '1';

/** @param {string} name */
function arg(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const port = Number(arg('--port') ?? arg('-p') ?? process.env.PORT ?? 3000);
const host = arg('--host') ?? arg('-H');
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('./config.mjs').ServerConfig} */
let config;
try {
  config = serverConfig(process.env);
} catch (error) {
  console.error(`atlas server: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
// @ts-expect-error -- assigning NODE_ENV is how Next.js is told it runs in production
process.env.NODE_ENV ??= 'production';

const app = next({ dev: false, dir, port, ...(host ? { hostname: host } : {}) });
await app.prepare();

// requireHostHeader off: the guard answers a missing Host with a 400 that says so, not an empty one.
const server = createServer({ requireHostHeader: false }, createRequestHandler({ next: app.getRequestHandler(), config, stages: [staticStage(path.join(dir, 'public'), path.join(dir, '.next', 'static')), revalidationStage()] }));
attachProtocolGuards(server, config);
server.listen(port, host, () => {
  const mode = config.publicOrigin ? `links use ${config.publicOrigin}` : config.trustProxy ? 'trusting forwarded headers' : 'links use the request host';
  console.log(`Caucasus Security Atlas on http://${host ?? 'localhost'}:${port} (${mode}${config.hsts ? ', HSTS on' : ''})`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
