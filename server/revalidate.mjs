// @ts-check
/**
 * The revalidation stage: a conditional GET or HEAD of an API response the atlas has already
 * served (its ETag in `If-None-Match`) is answered 304 here, before Next.js, from the validators
 * the API left on `globalThis` (lib/http/revalidate.ts). Anything else goes on to Next.js, which
 * also answers every request made before the API has served anything.
 */

import { setDocumentHeaders } from './headers.mjs';

const ANSWER = Symbol.for('caucasus-atlas.answer-revalidation');

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(method: string, target: string, header: (name: string) => string | null | undefined) => { status: 304, headers: Readonly<Record<string, string>> } | null} Answer
 */

/** @returns {(req: IncomingMessage, res: ServerResponse) => boolean} */
export function revalidationStage() {
  return (req, res) => {
    const answer = /** @type {Answer | undefined} */ (/** @type {any} */ (globalThis)[ANSWER]);
    if (!answer || !req.headers['if-none-match'] || !req.url?.startsWith('/api/')) return false;
    const hit = answer(req.method ?? '', req.url, (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    });
    if (!hit) return false;
    res.statusCode = hit.status;
    // A 304 carries what its 200 carries, the API's full security set included.
    setDocumentHeaders(res);
    for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
    res.end();
    return true;
  };
}
