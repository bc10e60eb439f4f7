/** GET /api/collections/{layer}/items/{id}: one feature with its citations resolved. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { featureDocument, findLayer, findLayerFeature, MEDIA, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string; id: string }> }) => {
  const { layer: layerId, id } = await params;
  const req = readRequest(request, { params: [], offered: [MEDIA.geojson, MEDIA.json] });
  const atlas = getAtlas();
  const feature = findLayerFeature(atlas, findLayer(atlas, layerId), id);
  return representation(request, () => featureDocument(feature, req.origin, atlas.sourceIndex), {
    contentType: req.mediaType,
    memo: `item|${atlas.version}|${req.origin}|${feature.id}`,
  });
});
