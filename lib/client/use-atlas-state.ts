'use client';

import { useEffect, useMemo, useReducer } from 'react';
import { parseUrlState, type UrlContext, type UrlState } from '@/lib/url';
import { pageReducer, pageStateFromUrl, urlStateOf } from '@/lib/view';
import { useUrlSync } from './use-url-sync';

/**
 * The map page's state (lib/view/state.ts) kept in step with the address bar: every change is
 * written to the URL (selections as history entries), and Back/Forward read the URL through the
 * same parser the server uses. Returns the state, its dispatcher, and the handler for camera moves.
 */
export function useAtlasState(initial: UrlState, ctx: UrlContext) {
  const [state, dispatch] = useReducer(pageReducer, initial, pageStateFromUrl);
  const urlState = useMemo(() => urlStateOf(state), [state]);
  const onViewChange = useUrlSync(urlState, initial.view, ctx);

  useEffect(() => {
    const onPop = () => dispatch({ type: 'history', selected: parseUrlState(new URL(window.location.href).searchParams, ctx).feature });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [ctx]);

  return { state, dispatch, onViewChange };
}
