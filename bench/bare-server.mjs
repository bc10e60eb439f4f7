// A bare Node server for the benchmark's baseline: it replays recorded responses (status, headers,
// body) by path, with no framework, guard or routing. Usage: node bench/bare-server.mjs <recording.json> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
/** @type {Record<string, { status: number, headers: Record<string, string>, body: string }>} */
const recorded = JSON.parse(readFileSync(file, 'utf8'));
const replies = new Map(Object.entries(recorded).map(([p, r]) => [p, { ...r, body: Buffer.from(r.body, 'base64') }]));

createServer((req, res) => {
  const r = replies.get(req.url ?? '');
  if (!r) return void res.writeHead(404).end();
  if (req.headers['if-none-match'] === r.headers.etag) return void res.writeHead(304, { etag: r.headers.etag }).end();
  res.writeHead(r.status, r.headers).end(r.body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
