'use client';

import type { AtlasFeature, LayerId } from '@/lib/data/types';
import { fetcher } from './fetcher';

interface ItemsPage {
  features: AtlasFeature[];
  links: { rel: string; href: string }[];
}

/**
 * Every feature of a layer as the items endpoint serves it (citations included), page after page
 * by the `next` links until the last: a download never stops at the first page.
 */
export async function fetchAllItems(layer: LayerId): Promise<AtlasFeature[]> {
  const out: AtlasFeature[] = [];
  let url: string | undefined = `/api/collections/${layer}/items?limit=1000`;
  while (url) {
    const page: ItemsPage = await fetcher<ItemsPage>(url);
    out.push(...page.features);
    const next = page.links.find((l) => l.rel === 'next')?.href;
    // Links are absolute; keep to this origin's path so a proxy's host never redirects the download.
    url = next ? `${new URL(next).pathname}${new URL(next).search}` : undefined;
  }
  return out;
}
