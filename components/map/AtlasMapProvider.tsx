'use client';

import type { ReactNode } from 'react';
import { MapProvider } from 'react-map-gl/maplibre';

/**
 * Lets the search box and the list beside the map reach the map (react-map-gl's MapProvider).
 * A client module of its own so the server page can wrap the map page in it.
 */
export default function AtlasMapProvider({ children }: { children: ReactNode }) {
  return <MapProvider>{children}</MapProvider>;
}
