import type { DateBasis, LayerId, Status } from '@/lib/data/types';
import { DATE_BASIS_TAGS, formatDateRange } from '@/lib/format/date';
import { kindLabel, PLACE_WORDS, STATUS_LABELS } from '@/lib/format/labels';
import { intersectsBbox, type Bbox } from '@/lib/geo/bbox';
import type { MapFormFeature } from '@/lib/view/map-form';

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
  /** Made in the editor and not yet reviewed. */
  draft: boolean;
}

export interface ListGroup {
  layer: LayerId;
  title: string;
  /** In list order; each becomes a row (toListItem) only when it is on the page (./pages.ts). */
  features: MapFormFeature[];
}

export function toListItem(f: MapFormFeature): ListItem {
  const p = f.properties;
  return {
    id: f.id,
    layer: p.layer,
    name: p.name,
    kind: kindLabel(p.kind),
    date: formatDateRange(p),
    dateInferred: p.basis !== 'stated',
    dateBasis: p.basis,
    dateBasisLabel: DATE_BASIS_TAGS[p.basis],
    status: p.status,
    statusLabel: STATUS_LABELS[p.status].label,
    place: PLACE_WORDS[p.precision] ?? null,
    start: p.start,
    draft: p.draft === true,
  };
}

const NAMES = new Intl.Collator('en');

/** ISO dates sort as strings; names as a reader expects (a collator, not localeCompare: 100,000 rows). */
function byStartThenName(a: MapFormFeature, b: MapFormFeature): number {
  const x = a.properties.start;
  const y = b.properties.start;
  return x < y ? -1 : x > y ? 1 : NAMES.compare(a.properties.name, b.properties.name);
}

/** The shown features that lie in the visible area, in their order; none before the map has an area. */
export function featuresInView(shown: readonly MapFormFeature[], view: Bbox | null): MapFormFeature[] {
  return view ? shown.filter((f) => intersectsBbox(f.geometry, view)) : [];
}

/** Features (those in view) grouped by layer in the given order, sorted by date within each. */
export function groupByLayer(layers: readonly { id: LayerId; title: string }[], inView: readonly MapFormFeature[]): ListGroup[] {
  return layers.flatMap((layer) => {
    const features = inView.filter((f) => f.properties.layer === layer.id).sort(byStartThenName);
    return features.length > 0 ? [{ layer: layer.id, title: layer.title, features }] : [];
  });
}

/**
 * The shown features (as the view model decided) that lie in the visible area, grouped by layer in
 * the given order and sorted by date within each. Nothing is listed before the map has an area.
 */
export function listGroups(
  layers: readonly { id: LayerId; title: string }[],
  shown: readonly MapFormFeature[],
  view: Bbox | null,
): ListGroup[] {
  return groupByLayer(layers, featuresInView(shown, view));
}
