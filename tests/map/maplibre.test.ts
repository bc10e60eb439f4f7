import { describe, expect, it } from 'vitest';
import { loadMapLibre } from '@/lib/map/maplibre';

describe('loadMapLibre', () => {
  // The server renders the map component too: loading there must not start workers (there are
  // none in Node), or every page render leaves an unhandled rejection in the server's log.
  it('loads once, points at the local worker, and starts no worker outside the browser', async () => {
    const maplibre = await loadMapLibre();
    expect(await loadMapLibre()).toBe(maplibre);
    expect(maplibre.getWorkerUrl()).toBe(`/maplibre/${maplibre.getVersion()}/maplibre-gl-worker.mjs`);
  });
});
