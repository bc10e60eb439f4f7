/**
 * How much of a long list is on the page: each group shows its first rows, a page at a time, so
 * the list costs the same with 100 features in view as with 100,000; the reader asks for more, and
 * the selected feature is always listed, even beyond the rows shown.
 */
import type { LayerId } from '@/lib/data/types';
import { toListItem, type ListGroup, type ListItem } from './items';

/** Rows a group shows before the reader asks for more, and how many more each time. */
export const LIST_PAGE = 100;

export interface PagedGroup extends Omit<ListGroup, 'features'> {
  /** The rows on the page, in the group's order (the selection last when it lies beyond them). */
  rows: ListItem[];
  /** How many of the group's features are in view in all. */
  total: number;
  /** How many of them are not on the page. */
  hidden: number;
}

/** Id of the row that shows a group's next page (an option of the list like the features'). */
export const moreRowId = (layer: LayerId) => `more:${layer}`;

/** How many rows of a layer's group are on the page: what the reader asked for, at least one page. */
export function pageLimit(shown: Partial<Record<LayerId, number>>, layer: LayerId): number {
  return Math.max(LIST_PAGE, shown[layer] ?? LIST_PAGE);
}

/**
 * @param shown rows each layer shows (absent: one page)
 */
export function pageGroups(groups: readonly ListGroup[], shown: Partial<Record<LayerId, number>>, selectedId: string | null): PagedGroup[] {
  return groups.map((g) => {
    const limit = pageLimit(shown, g.layer);
    const page = g.features.slice(0, limit);
    if (selectedId && g.features.length > limit && !page.some((f) => f.id === selectedId)) {
      const selected = g.features.find((f) => f.id === selectedId);
      if (selected) page.push(selected);
    }
    return { layer: g.layer, title: g.title, rows: page.map(toListItem), total: g.features.length, hidden: g.features.length - page.length };
  });
}
