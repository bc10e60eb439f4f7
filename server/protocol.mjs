// @ts-check
/**
 * Answers for what never becomes a request event: input Node's HTTP parser rejects (an unknown
 * method such as `FOO`, a space or a raw non-ASCII byte in the target, oversized headers), `CONNECT`,
 * and an `Expect` other than 100-continue. Node's defaults close the socket or send an empty 400;
 * these send a status with a body that says why, and the same security headers as everything else.
 */
import { STATUS_CODES } from 'node:http';
import { ALLOW, isApiPath, reject } from './guard.mjs';
import { newNonce, securityHeaders } from './headers.mjs';

/** Status for a parser error code; anything else is a 400. */
const PARSER_STATUS = /** @type {Record<string, [number, string, string]>} */ ({
  HPE_INVALID_METHOD: [405, 'MethodNotAllowed', `This method is not supported; the atlas is read-only (${ALLOW}).`],
  HPE_HEADER_OVERFLOW: [431, 'HeadersTooLarge', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'RequestTimeout', 'The request took too long to arrive.'],
});

/**
 * The request target of a request the parser gave up on, from its first bytes (e.g. `FOO /api HTTP/1.1`).
 * @param {Buffer | undefined} raw
 */
export function targetOf(raw) {
  const line = raw?.subarray(0, 2048).toString('latin1').split('\r\n')[0] ?? '';
  return line.split(' ')[1] ?? '';
}

/**
 * Whether a target names the API: a path, or an absolute-form URL (`CONNECT https://x/api/…`)
 * whose path does, as the guard reads absolute-form targets.
 * @param {string} target
 */
export function isApiTarget(target) {
  if (/^https?:\/\//i.test(target)) return URL.canParse(target) && isApiPath(new URL(target).pathname);
  return isApiPath(target);
}

/**
 * A complete HTTP/1.1 response as bytes, for a socket with no ServerResponse.
 * @param {import('./guard.mjs').Reply} reply
 * @param {boolean} api
 * @param {string | null} hsts
 */
export function rawResponse(reply, api, hsts) {
  const headers = { ...securityHeaders({ nonce: newNonce(), api, hsts }), ...reply.headers, 'Content-Length': String(Buffer.byteLength(reply.body)), Connection: 'close' };
  const head = [`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? 'Error'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return `${head.join('\r\n')}\r\n\r\n${reply.body}`;
}

/**
 * @param {import('node:http').Server} server
 * @param {{ hsts: string | null }} config
 */
export function attachProtocolGuards(server, config) {
  server.on('clientError', (/** @type {NodeJS.ErrnoException & { rawPacket?: Buffer }} */ err, socket) => {
    const inFlight = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (socket)._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const api = isApiTarget(targetOf(err.rawPacket));
    const [status, code, description] = PARSER_STATUS[err.code ?? ''] ?? [400, 'BadRequest', 'The request is not valid HTTP/1.1 (e.g. a space or a raw non-ASCII byte in the path, or a malformed header).'];
    socket.end(rawResponse(reject(api, status, code, description).reply, api, config.hsts));
  });

  server.on('connect', (req, socket) => {
    const api = isApiTarget(req.url ?? '');
    const reply = reject(api, 405, 'MethodNotAllowed', `CONNECT is not supported; this is not a proxy (${ALLOW}).`).reply;
    socket.end(rawResponse(reply, api, config.hsts));
  });

  server.on('checkExpectation', (req, res) => {
    const api = isApiTarget(req.url ?? '');
    const { reply } = reject(api, 417, 'ExpectationFailed', 'Only "Expect: 100-continue" is understood.');
    for (const [name, value] of Object.entries(securityHeaders({ nonce: newNonce(), api, hsts: config.hsts }))) res.setHeader(name, value);
    res.statusCode = reply.status;
    for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
    res.end(reply.body);
  });
}
