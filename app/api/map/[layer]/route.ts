/** GET /api/map/{layer}?v={version}: a whole layer in map form, the features the page draws and lists. */
import { getAtlas, getPlaces } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { findLayer, MEDIA, readRequest } from '@/lib/ogc';
import { mapFormBody } from '@/lib/publish/files';
import { versionedCache } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer } = await params;
  const req = readRequest(request, { params: ['v'], offered: [MEDIA.geojson, MEDIA.json] });
  const atlas = getAtlas();
  // The same bytes as the file the build publishes (lib/publish/files.ts).
  const found = findLayer(atlas, layer);
  return representation(request, () => mapFormBody(atlas, found.id, getPlaces()), {
    contentType: req.mediaType,
    cacheControl: versionedCache(req.query.get('v'), atlas.version),
    memo: `map|${atlas.version}|${found.id}`,
  });
});
