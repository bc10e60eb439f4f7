/** Any other path under /api: the API's JSON 404 rather than the site's HTML page. */
import { apiGet, notFound, quoted } from '@/lib/http';

export const dynamic = 'force-dynamic';
export { OPTIONS, POST, PUT, PATCH, DELETE } from '@/lib/http/methods';

export const GET = apiGet(async (_request: Request, { params }: { params: Promise<{ path: string[] }> }) => {
  const { path } = await params;
  throw notFound(`No API endpoint ${quoted(`/api/${path.join('/')}`)}. Start at /api.`);
});
