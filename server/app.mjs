// @ts-check
/**
 * The request handler in front of Next.js: the guard, the security headers (the document set and
 * its per-request CSP nonce only where a response can run as a document), forwarded headers kept only from a trusted proxy, then an ordered list of stages (a
 * static-file stage and the revalidation stage answer before Next.js) and finally Next.js itself.
 */
import { constants } from 'node:zlib';
import compression from 'compression';
import onHeaders from 'on-headers';
import { guard, reject } from './guard.mjs';
import { baseSecurityHeaders, cleanResponseHeaders, contentSecurityPolicy, newNonce, setDocumentHeaders } from './headers.mjs';

/** Headers only a proxy in front of us may set; without `ATLAS_TRUST_PROXY=1` they are dropped. */
export const FORWARDED_HEADERS = ['forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-for'];

/**
 * What Next.js renders (pages, the API) compressed as it streams, brotli where the client takes it
 * (the browsers do), else gzip. Next.js's own compression, gzip only, is off (next.config.mjs).
 * Quality 5: a page's HTML a third smaller than gzip at the same cost per request.
 * Static files never pass here: their .br and .gz are written at build (static.mjs).
 */
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} NextHandler
 * @typedef {(req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>} Stage
 *   Runs after the guard, the security headers and the removal of untrusted forwarded headers,
 *   before Next.js; returns true when it has answered the request.
 * @typedef {import('./config.mjs').ServerConfig} ServerConfig
 */

/**
 * @param {{ next: NextHandler, config: Pick<ServerConfig, 'trustProxy' | 'hsts'>, stages?: Stage[] }} options
 * @returns {(req: IncomingMessage, res: ServerResponse) => Promise<void>}
 */
export function createRequestHandler({ next, config, stages = [] }) {
  return async (req, res) => {
    const decision = guard({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawHeaders: req.rawHeaders, httpVersion: req.httpVersion });
    for (const [name, value] of Object.entries(baseSecurityHeaders({ api: decision.api, hsts: config.hsts }))) res.setHeader(name, value);
    if (decision.kind === 'reply') {
      setDocumentHeaders(res);
      return send(res, decision.reply);
    }

    req.url = decision.url;
    if (decision.host) req.headers.host = decision.host;

    if (!config.trustProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];

    try {
      // Stages answer first, from the path the guard passed (static files and revalidations need
      // nothing else), so what only Next.js needs is not done for them; each adds the document
      // headers where its answer can run as a document (server/headers.mjs).
      for (const stage of stages) if (await stage(req, res)) return;

      // Next.js reads the nonce back from the request's policy and puts it on every script it renders.
      const nonce = newNonce();
      setDocumentHeaders(res, nonce);
      req.headers['content-security-policy'] = contentSecurityPolicy(nonce);
      delete req.headers['content-security-policy-report-only'];
      onHeaders(res, function () {
        cleanResponseHeaders(this, { api: decision.api });
      });
      compress(req, res, () => {});
      await next(req, res);
    } catch (error) {
      // Next.js answers its own failures; reaching here is a fault in this server or in Next.js.
      console.error(`[server] ${req.method} ${req.url} failed:`, error);
      if (res.headersSent) res.destroy();
      else {
        setDocumentHeaders(res);
        send(res, reject(decision.api, 500, 'InternalError', 'The server failed to answer this request.').reply);
      }
    }
  };
}

/**
 * @param {ServerResponse} res
 * @param {import('./guard.mjs').Reply} reply
 */
export function send(res, reply) {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.body) res.setHeader('Content-Length', Buffer.byteLength(reply.body));
  res.end(reply.status === 204 ? undefined : reply.body);
}
