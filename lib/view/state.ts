/**
 * The map page's state as one reducer: the view filters, the selected feature and, when one click
 * hits several features, the ones to choose from. Every rule of how the page reacts (a click, a
 * toggle, a search result, Back) is here and tested without a browser; the component only wires
 * it to the map and the URL.
 */
import type { LayerId } from '@/lib/layers';
import type { TimeRange } from '@/lib/time';
import type { UrlState } from '@/lib/url';
import type { ViewFilters, ViewableFeature } from './filters';
import { reveal } from './shown';

export interface PageState {
  filters: ViewFilters;
  /** The feature whose panel is open. */
  selected: string | null;
  /** Features under one click, for the reader to choose from (the chooser replaces the panel). */
  choices: readonly string[] | null;
}

export type PageAction =
  | { type: 'toggle-layer'; layer: LayerId }
  /** Hides or shows one feature of a toggle-each layer (an alliance). */
  | { type: 'toggle-one'; id: string }
  | { type: 'set-range'; range: TimeRange }
  | { type: 'select'; id: string | null }
  /** What a click on the map hit: nothing, one feature (opened) or several (offered). */
  | { type: 'pick'; ids: readonly string[] }
  | { type: 'close-chooser' }
  /** Opens a feature found by search or the list, turning on whatever hides it. */
  | { type: 'reveal'; feature: ViewableFeature; extent: TimeRange }
  /** Back or Forward: the selection follows the URL, the rest of the view stays as it is. */
  | { type: 'history'; selected: string | null };

/** The page as a URL describes it (parsed on the server, so the first render matches the link). */
export function pageStateFromUrl(url: Pick<UrlState, 'feature' | 'on' | 'hidden' | 'range'>): PageState {
  return {
    filters: { on: url.on, hidden: new Set(url.hidden), range: url.range },
    selected: url.feature,
    choices: null,
  };
}

/** What of the page the URL keeps (the camera is kept apart: it changes too often for state). */
export function urlStateOf(state: PageState): Omit<UrlState, 'view'> {
  const { on, hidden, range } = state.filters;
  return { feature: state.selected, on, hidden: [...hidden].sort(), range };
}

export function pageReducer(state: PageState, action: PageAction): PageState {
  const withFilters = (filters: ViewFilters): PageState => (filters === state.filters ? state : { ...state, filters });
  switch (action.type) {
    case 'toggle-layer': {
      const { on } = state.filters;
      return withFilters({ ...state.filters, on: { ...on, [action.layer]: !on[action.layer] } });
    }
    case 'toggle-one': {
      const hidden = new Set(state.filters.hidden);
      if (!hidden.delete(action.id)) hidden.add(action.id);
      return withFilters({ ...state.filters, hidden });
    }
    case 'set-range':
      return withFilters({ ...state.filters, range: action.range });
    case 'select':
      return { ...state, selected: action.id, choices: null };
    case 'pick':
      if (action.ids.length === 0) return state;
      if (action.ids.length === 1) return { ...state, selected: action.ids[0]!, choices: null };
      return { ...state, choices: [...action.ids] };
    case 'close-chooser':
      return state.choices === null ? state : { ...state, choices: null };
    case 'reveal':
      return { filters: reveal(action.feature, state.filters, action.extent), selected: action.feature.properties.id, choices: null };
    case 'history':
      return state.selected === action.selected && state.choices === null ? state : { ...state, selected: action.selected, choices: null };
  }
}
