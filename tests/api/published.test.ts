import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GET as mapForm } from '@/app/api/map/[layer]/route';
import { GET as searchNames } from '@/app/api/search/route';
import { getAtlas, getPlaces } from '@/lib/data';
import { publishedFiles } from '@/lib/publish/files';
import { staticMapPath, staticSearchPath } from '@/lib/url/links';
import { publishData } from '@/scripts/publish-data';

const atlas = getAtlas();
const files = new Map(publishedFiles(atlas, getPlaces()).map((f) => [`/${f.path}`, f.json]));

describe('the published data files', () => {
  it('hold exactly the bytes the API answers, for every layer and for the search names', async () => {
    for (const layer of atlas.layerIds) {
      const res = await mapForm(new Request(`http://x/api/map/${layer}?v=${atlas.version}`), { params: Promise.resolve({ layer }) });
      expect(res.status).toBe(200);
      expect(files.get(staticMapPath(atlas.version, layer)), layer).toBe(await res.text());
    }
    const res = await searchNames(new Request(`http://x/api/search?v=${atlas.version}`));
    expect(files.get(staticSearchPath(atlas.version))).toBe(await res.text());
  });

  it('are written under the data version with .br and .gz of the same bytes, and old versions removed', () => {
    const pub = mkdtempSync(path.join(tmpdir(), 'atlas-publish-'));
    mkdirSync(path.join(pub, 'data', 'old000000000'), { recursive: true });
    const r = publishData(path.join(process.cwd(), 'geodata'), pub);
    expect(r.version).toBe(atlas.version);
    expect(readdirSync(path.join(pub, 'data'))).toEqual([atlas.version]);
    const events = path.join(pub, staticMapPath(atlas.version, 'events'));
    const raw = readFileSync(events);
    expect(raw.toString()).toBe(files.get(staticMapPath(atlas.version, 'events')));
    expect(gunzipSync(readFileSync(`${events}.gz`))).toEqual(raw);
    expect(brotliDecompressSync(readFileSync(`${events}.br`))).toEqual(raw);
    expect(existsSync(path.join(pub, staticSearchPath(atlas.version)))).toBe(true);
  });
});
