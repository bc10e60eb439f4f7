'use client';

import useSWR from 'swr';
import type { AtlasCollection, AtlasFeature, LayerId } from '@/lib/data/types';
import { fetcher, type ApiRequestError } from './fetcher';

/** Every feature of a layer fits in one page (the API's maximum is far above a layer's size). */
const LAYER_PAGE = 1000;

/** A layer's features for the map; `null` key while the layer is off, so nothing is fetched. */
export function useLayerItems(layer: LayerId, enabled: boolean) {
  return useSWR<AtlasCollection, ApiRequestError>(
    enabled ? `/api/collections/${layer}/items?limit=${LAYER_PAGE}` : null,
    fetcher,
    { revalidateOnFocus: false },
  );
}

export type ResolvedFeature = Omit<AtlasFeature, 'properties'> & {
  properties: Omit<AtlasFeature['properties'], 'citations'> & { citations: ResolvedItemCitation[] };
};

/** A citation as the item endpoint resolves it (lib/ogc/citations.ts `citationDocument`). */
export interface ResolvedItemCitation {
  quote: string;
  prefix?: string;
  suffix?: string;
  start: number;
  end: number;
  source: {
    id: string;
    title: string;
    titleBasis: 'printed' | 'editorial';
    outlet: string | null;
    author: string | null;
    published: { date: string; basis: 'explicit' | 'inferred' };
  };
  /** evidence: supports the feature, its place or dates; context: only mentions it. */
  role: 'evidence' | 'context';
  attribution?: { type: 'opinion' | 'loaded-wording' | 'claim'; by: string };
  note?: string;
  /** The passage in the reader: /sources/{id}?feature={feature}#q-{start}-{end}. */
  href: string;
}

/** One feature with its citations resolved, for the side panel. */
export function useFeatureDetail(layer: LayerId | undefined, id: string | null) {
  return useSWR<ResolvedFeature, ApiRequestError>(
    layer && id ? `/api/collections/${layer}/items/${encodeURIComponent(id)}` : null,
    fetcher,
    { revalidateOnFocus: false },
  );
}

/** All five layers at once, fetched only while on. Explicit calls keep the hook order fixed. */
export function useAtlasLayers(on: Record<LayerId, boolean>) {
  const exercises = useLayerItems('exercises', on.exercises);
  const corridors = useLayerItems('corridors', on.corridors);
  const borders = useLayerItems('borders', on.borders);
  const alliances = useLayerItems('alliances', on.alliances);
  const events = useLayerItems('events', on.events);
  return { exercises, corridors, borders, alliances, events };
}
export type AtlasLayerState = ReturnType<typeof useAtlasLayers>;
