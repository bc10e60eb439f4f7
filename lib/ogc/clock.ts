const firstServed = new Map<string, string>();

/**
 * The `timeStamp` of item responses: when this process first served this version of the data.
 * A per-request clock would change the bytes every second and defeat the ETag; the data only
 * changes on deploy, so this is when the response content came to be.
 */
export function servedSince(version: string, now: () => Date = () => new Date()): string {
  let t = firstServed.get(version);
  if (t === undefined) {
    t = now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    firstServed.set(version, t);
  }
  return t;
}
