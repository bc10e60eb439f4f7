/** GET /api/search?v={version}: the names the search box searches (features and towns). */
import { getAtlas, getPlaces } from '@/lib/data';
import { apiGet, representation } from '@/lib/http';
import { versionedCache } from '@/lib/http/respond';
import { MEDIA, readRequest } from '@/lib/ogc';
import { searchCorpus } from '@/lib/search/corpus';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet((request: Request) => {
  const req = readRequest(request, { params: ['v'], offered: [MEDIA.json] });
  const atlas = getAtlas();
  return representation(request, () => searchCorpus(atlas, getPlaces()), {
    contentType: req.mediaType,
    memo: `search|${atlas.version}`,
    cacheControl: versionedCache(req.query.get('v'), atlas.version),
  });
});
