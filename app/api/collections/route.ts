/** GET /api/collections: every layer's metadata. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { collectionsDocument, layersOf, MEDIA, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  const doc = collectionsDocument(layersOf(getAtlas()), req.origin);
  return representation(request, doc, { contentType: req.mediaType });
});
