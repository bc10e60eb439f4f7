/** GET /api/map/{layer}?v={version}: a whole layer in map form, the features the page draws and lists. */
import { getAtlas, getPlaces } from '@/lib/data';
import { nameAt } from '@/lib/geo/nearest';
import { apiGet, representation } from '@/lib/http';
import { findLayer, MEDIA, readRequest } from '@/lib/ogc';
import { mapFormOf } from '@/lib/view/map-form';
import { versionedCache } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer } = await params;
  const req = readRequest(request, { params: ['v'], offered: [MEDIA.geojson, MEDIA.json] });
  const atlas = getAtlas();
  // Symbolic placements name the capital they stand at (3 km: a capital's GeoNames point and the data's may differ).
  const found = findLayer(atlas, layer);
  return representation(request, () => mapFormOf(found, atlas.version, nameAt(getPlaces(), 3)), {
    contentType: req.mediaType,
    cacheControl: versionedCache(req.query.get('v'), atlas.version),
    memo: `map|${atlas.version}|${found.id}`,
  });
});
