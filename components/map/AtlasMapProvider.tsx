'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo, useState, type ReactNode } from 'react';
import { AtlasMapContext } from '@/lib/client/use-atlas-map';

/**
 * Lets the search box, the list and the legend beside the map reach the map, once the map
 * component has made (or adopted) it. A client module of its own so the server page can wrap the
 * map page in it.
 */
export default function AtlasMapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | undefined>(undefined);
  const value = useMemo(() => ({ map, setMap }), [map]);
  return <AtlasMapContext value={value}>{children}</AtlasMapContext>;
}
