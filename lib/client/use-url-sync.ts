'use client';

import { useCallback, useEffect, useRef } from 'react';
import { searchOf, serialiseUrlState, type MapView, type UrlContext, type UrlState } from '@/lib/url';
import { mapPath } from '@/lib/url/links';

/**
 * Keeps the address bar in step with the page, so a copied link restores it. Selections push a
 * history entry, so Back and Forward move through them; everything else (camera, toggles, time)
 * replaces the current entry, so panning does not flood the history. The first write only
 * normalises what the page was opened with.
 *
 * `state` must keep its identity until something in it changes (memoise it). Returns the handler
 * for the map's moves: the camera lives in a ref, as it changes far too often for React state.
 */
export function useUrlSync(state: Omit<UrlState, 'view'>, initialView: MapView | null, ctx: UrlContext) {
  const view = useRef(initialView);
  const latest = useRef(state);
  const opened = useRef(false);

  const write = useCallback(() => {
    const url = new URL(window.location.href);
    // The map still reports moves (a resize) while the app navigates to another page: that
    // page's address is not ours to write.
    if (url.pathname !== mapPath(null)) return;
    const params = serialiseUrlState({ ...latest.current, view: view.current }, ctx, url.searchParams);
    const href = `${url.pathname}${searchOf(params)}${url.hash}`;
    if (href === `${url.pathname}${url.search}${url.hash}`) return;
    const selectionChanged = url.searchParams.get('feature') !== latest.current.feature;
    if (selectionChanged && opened.current) window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }, [ctx]);

  useEffect(() => {
    latest.current = state;
    write();
    opened.current = true;
  }, [state, write]);

  return useCallback(
    (next: MapView) => {
      view.current = next;
      write();
    },
    [write],
  );
}
