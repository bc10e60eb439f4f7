/** GET /api/collections/{layer}/queryables: JSON Schema of the filterable properties (Part 3). */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { allianceIds, findLayer, MEDIA, queryablesDocument, readRequest } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ layer: string }> }) => {
  const { layer: id } = await params;
  const req = readRequest(request, { params: [], offered: [MEDIA.schema, MEDIA.json] });
  const atlas = getAtlas();
  const doc = queryablesDocument(findLayer(atlas, id), allianceIds(atlas), req.origin);
  return representation(request, doc, { contentType: req.mediaType });
});
