/** GET /api/sources: metadata of the source articles. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { MEDIA, readRequest, sourcesDocument } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  return representation(request, sourcesDocument(getAtlas().sources, req.origin), { contentType: req.mediaType });
});
