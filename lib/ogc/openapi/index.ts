import type { Layer } from '@/lib/data/types';
import { API_DESCRIPTION, API_TITLE } from '../constants';
import { apiUrl } from '../links';
import { parameters, responses, schemas } from './components';
import { collectionPaths, servicePaths } from './paths';

/**
 * The OpenAPI 3.0 definition of the whole API. Paths are relative to the server URL (`/api`), the
 * way GDAL looks up `/collections/{id}/items` in it.
 */
export function openapiDocument(
  origin: string,
  layers: readonly Pick<Layer, 'id' | 'title' | 'kinds'>[],
  allianceIds: readonly string[],
  version: string,
) {
  return {
    openapi: '3.0.3',
    info: {
      title: API_TITLE,
      description: API_DESCRIPTION,
      // The data version: the definition's enums (kinds, alliance ids) follow the data.
      version,
    },
    servers: [{ url: apiUrl(origin, '/') }],
    paths: Object.assign({}, servicePaths(), ...layers.map((l) => collectionPaths(l, allianceIds))),
    components: { parameters, responses, schemas },
  };
}
