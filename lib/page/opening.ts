/**
 * What the map needs to draw the page's opening data before the page hydrates: the data version,
 * the layers to fetch and the state the URL asked for (parsed on the server, as the page's first
 * render uses it). The alliances' colours follow from their ids (lib/map/palette.ts), so the
 * early map derives them from the alliances it fetched, as the catalog does. The server writes it into the page as JSON
 * (app/page.tsx); the early map reads it back (lib/client/early-map.ts). Pure.
 */
import type { Catalog } from '@/lib/catalog';
import type { LayerId } from '@/lib/data/types';
import type { UrlState } from '@/lib/url';

export const OPENING_SCRIPT_ID = 'atlas-opening';

export interface Opening {
  version: string;
  layers: LayerId[];
  initial: Pick<UrlState, 'feature' | 'on' | 'hidden' | 'range'>;
}

export function openingOf(catalog: Catalog, initial: UrlState): Opening {
  return {
    version: catalog.version,
    layers: catalog.layers.map((l) => l.id),
    initial: { feature: initial.feature, on: initial.on, hidden: initial.hidden, range: initial.range },
  };
}

/** As the text of a `<script type="application/json">`: nothing in it can end the script element. */
export function openingJson(opening: Opening): string {
  return JSON.stringify(opening).replace(/</g, '\\u003c');
}

/** The opening read back from the page; null when it is missing or not an opening. */
export function parseOpening(text: string | null | undefined): Opening | null {
  if (!text) return null;
  try {
    const o = JSON.parse(text) as Partial<Opening>;
    const ok =
      typeof o.version === 'string' &&
      Array.isArray(o.layers) &&
      typeof o.initial === 'object' &&
      o.initial !== null &&
      typeof o.initial.on === 'object' &&
      Array.isArray(o.initial.hidden) &&
      typeof o.initial.range === 'object';
    return ok ? (o as Opening) : null;
  } catch {
    return null;
  }
}
