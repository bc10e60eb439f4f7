/** GET /api/collections/{layer}/items: a page of features, filtered by bbox, datetime and queryables. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { allianceIds, findLayer, ITEMS_PARAMS, itemsDocument, MEDIA, parseItemsQuery, readRequest, servedSince } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer: id } = await params;
  const req = readRequest(request, { params: ITEMS_PARAMS, offered: [MEDIA.geojson, MEDIA.json] });
  const atlas = getAtlas();
  const layer = findLayer(atlas, id);
  const query = parseItemsQuery(req.query, layer, allianceIds(atlas));
  // The body names its own URL (self, next, prev), so the URL as asked is part of the key.
  return representation(request, () => itemsDocument(layer, query, { origin: req.origin, url: req.url, timeStamp: servedSince(atlas.version) }), {
    contentType: req.mediaType,
    memo: `items|${atlas.version}|${req.origin}|${req.url.pathname}${req.url.search}`,
  });
});
