/** GET /api: the landing page. */
import { apiGet, representation } from '@/lib/http';
import { landingDocument, MEDIA, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  return representation(request, landingDocument(req.origin), { contentType: req.mediaType });
});
