import type { AtlasFeature, DateBasis, LayerId, Status } from '@/lib/data/types';
import { DATE_BASIS_TAGS, formatDateRange } from '@/lib/format/date';
import { kindLabel, STATUS_LABELS } from '@/lib/format/labels';
import type { Bbox } from '@/lib/map/focus';
import { intersectsView } from './in-view';

/** One row of the list: what a reader (or a screen reader) needs to tell features apart. */
export interface ListItem {
  id: string;
  layer: LayerId;
  name: string;
  /** "Special forces drill". */
  kind: string;
  /** "3 Sep 2021 – 17 Sep 2021". */
  date: string;
  /** The date is not stated by the text (resolved from it, or outside knowledge). */
  dateInferred: boolean;
  /** How the date is known: stated, resolved or outside-knowledge. */
  dateBasis: DateBasis;
  /** "stated in the text", "resolved from the text", "outside knowledge". */
  dateBasisLabel: string;
  status: Status;
  /** "Occurred", "In force", "Planned", "Proposed", "Claimed". */
  statusLabel: string;
  /** Null for an exact site; otherwise how loosely it is placed, e.g. "approximate location". */
  place: string | null;
  start: string;
}

export interface ListGroup {
  layer: LayerId;
  title: string;
  items: ListItem[];
}

/** Short words for how precisely a feature is placed, for a list row (the panel has the long form). */
export const PLACE_WORDS: Record<string, string | null> = {
  exact: null,
  approximate: 'approximate location',
  region: 'region only',
  symbolic: 'symbolic location',
};

/** What decides whether a feature is shown on the map right now. */
export interface ShownFilter {
  on: Record<LayerId, boolean>;
  hiddenAlliances: ReadonlySet<string>;
  /** Further filters owned elsewhere (e.g. the time filter); absent means "no further filter". */
  isShown?: (id: string) => boolean;
  /** The visible area; null before the map has one (then nothing is listed). */
  view: Bbox | null;
}

export function toListItem(f: AtlasFeature): ListItem {
  const p = f.properties;
  return {
    id: f.id,
    layer: p.layer,
    name: p.name,
    kind: kindLabel(p.kind),
    date: formatDateRange(p.date),
    dateInferred: p.date.basis !== 'stated',
    dateBasis: p.date.basis,
    dateBasisLabel: DATE_BASIS_TAGS[p.date.basis],
    status: p.status,
    statusLabel: STATUS_LABELS[p.status].label,
    place: p.location.precision in PLACE_WORDS ? (PLACE_WORDS[p.location.precision] ?? null) : p.location.precision,
    start: p.date.start,
  };
}

/**
 * The features the map shows now, grouped by layer in the given order and sorted by date within
 * each: layer on, alliance not hidden, passing `isShown`, and inside the visible area.
 */
export function listGroups(
  layers: readonly { id: LayerId; title: string; features: readonly AtlasFeature[] | undefined }[],
  filter: ShownFilter,
): ListGroup[] {
  const { view } = filter;
  if (!view) return [];
  const groups: ListGroup[] = [];
  for (const layer of layers) {
    if (!filter.on[layer.id] || !layer.features) continue;
    const items = layer.features
      .filter((f) => !(layer.id === 'alliances' && filter.hiddenAlliances.has(f.id)))
      .filter((f) => !filter.isShown || filter.isShown(f.id))
      .filter((f) => intersectsView(f.geometry, view))
      .map(toListItem)
      .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
    if (items.length > 0) groups.push({ layer: layer.id, title: layer.title, items });
  }
  return groups;
}
