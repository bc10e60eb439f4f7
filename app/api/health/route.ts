/** GET /api/health: readiness (the data loaded) and the data version, for monitors and load balancers. */
import { getAtlas } from '@/lib/data';
import { apiGet, CACHE_NONE, representation } from '@/lib/http';
import { MEDIA, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  const body = { status: 'ok', version: getAtlas().version };
  return representation(request, body, { contentType: req.mediaType, cacheControl: CACHE_NONE });
});
