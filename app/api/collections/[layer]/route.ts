/** GET /api/collections/{layer}: one layer's metadata. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { collectionDocument, findLayer, MEDIA, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer } = await params;
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  const doc = collectionDocument(findLayer(getAtlas(), layer), req.origin);
  return representation(request, doc, { contentType: req.mediaType });
});
