'use client';

import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ApiRequestError } from './fetcher';

/** What is known of one key: its data once it arrived, its error if the last try failed, and whether a try is under way. */
interface Entry {
  data?: unknown;
  error?: ApiRequestError;
  loading?: boolean;
}

/**
 * One cache for the page's lifetime: a feature opened again shows at once, and two components
 * asking for the same key share one request. Data never changes under a key (a new data version is
 * a new URL), so nothing is revalidated.
 */
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();

function put(key: string, entry: Entry) {
  entries.set(key, entry);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export interface Fetched<T> {
  data?: T;
  error?: ApiRequestError;
  /** No data yet and no error: asked for, or about to be. */
  isLoading: boolean;
  /** Tries again (after an error, for example). */
  retry: () => void;
}

/**
 * The data under a key (null: nothing wanted yet), fetched by `load` the first time it is wanted,
 * and again when it failed and is wanted again or `retry` is called.
 */
export function useFetched<T>(key: string | null, load: (key: string) => Promise<T>, onSuccess?: (data: T) => void): Fetched<T> {
  const entry = useSyncExternalStore(
    subscribe,
    () => (key ? entries.get(key) : undefined),
    () => undefined,
  );
  const loadRef = useRef(load);
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    loadRef.current = load;
    onSuccessRef.current = onSuccess;
  });

  const start = useCallback(() => {
    if (!key) return;
    const current = entries.get(key);
    if (current?.loading || current?.data !== undefined) return;
    put(key, { loading: true });
    loadRef.current(key).then(
      (data) => {
        put(key, { data });
        onSuccessRef.current?.(data);
      },
      (error: ApiRequestError) => put(key, { error }),
    );
  }, [key]);

  useEffect(start, [start]);

  return {
    data: entry?.data as T | undefined,
    error: entry?.error,
    isLoading: key !== null && entry?.data === undefined && !entry?.error,
    retry: start,
  };
}
