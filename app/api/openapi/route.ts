/** GET /api/openapi: the OpenAPI 3.0 definition. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { allianceIds, layersOf, MEDIA, openapiDocument, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: [], offered: [MEDIA.openapi, MEDIA.json] });
  const atlas = getAtlas();
  const doc = openapiDocument(req.origin, layersOf(atlas), allianceIds(atlas), atlas.version);
  return representation(request, doc, { contentType: req.mediaType });
});
