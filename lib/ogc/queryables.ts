import type { Layer } from '@/lib/data/types';
import { ACTOR_PATTERN } from '@/lib/geo/actors';
import { apiUrl } from './links';

/**
 * JSON Schemas of the filterable properties of a layer. The same schemas describe the query
 * parameters in the OpenAPI document, so the two cannot disagree.
 */
export function queryableProperties(layer: Pick<Layer, 'id' | 'kinds'>, allianceIds: readonly string[]) {
  return {
    kind: {
      title: 'Kind',
      description: 'What the feature is. Comma-separated values match any of them.',
      type: 'string' as const,
      enum: [...layer.kinds],
    },
    actor: {
      title: 'Actor',
      description: 'A state (ISO 3166-1 alpha-3, e.g. AZE) or organisation involved. Comma-separated values match any of them.',
      type: 'string' as const,
      pattern: ACTOR_PATTERN,
    },
    alliance: {
      title: 'Alliance',
      description:
        layer.id === 'alliances'
          ? 'The id of the alliance or partnership itself. Comma-separated values match any of them.'
          : 'The id of an alliance or partnership the feature relates to. Comma-separated values match any of them.',
      type: 'string' as const,
      // JSON Schema asks for a non-empty enum; with no alliances any value is simply unknown.
      ...(allianceIds.length > 0 ? { enum: [...allianceIds] } : {}),
    },
    name: {
      title: 'Name',
      description: 'The name or any alternative name (e.g. Khankendi or Stepanakert), case-insensitive.',
      type: 'string' as const,
    },
  };
}

/** The `/collections/{layer}/queryables` document (OGC API – Features Part 3). */
export function queryablesDocument(layer: Pick<Layer, 'id' | 'title' | 'kinds'>, allianceIds: readonly string[], origin: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: apiUrl(origin, `/collections/${layer.id}/queryables`),
    type: 'object' as const,
    title: `${layer.title}: queryables`,
    description: 'Use as query parameters of the items endpoint, e.g. ?actor=AZE,TUR.',
    properties: queryableProperties(layer, allianceIds),
    additionalProperties: false,
  };
}
