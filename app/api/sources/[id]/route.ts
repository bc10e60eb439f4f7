/** GET /api/sources/{id}: one article's metadata, full text and cited passages. */
import { getAtlas } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { findSource, MEDIA, readRequest, sourceDocument } from '@/lib/ogc';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const req = readRequest(request, { params: [], offered: [MEDIA.json] });
  const atlas = getAtlas();
  const source = findSource(atlas, id);
  return representation(request, () => sourceDocument(source, atlas.features.values(), req.origin), {
    contentType: req.mediaType,
    memo: `source|${atlas.version}|${req.origin}|${source.id}`,
  });
});
