'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback } from 'react';
import type { Bbox } from '@/lib/geo/bbox';
import { cameraPadding, coveredInsets, type Padding, type Rect } from '@/lib/map/camera';
import { focusOn, type FocusMode } from '@/lib/map/focus';

/** Elements that lie over the map mark themselves with this attribute; the camera keeps clear of them. */
export const COVERS_MAP = 'data-covers-map';

const rectOf = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The camera padding the page's covers leave now, measured (hidden covers have no size and count for nothing). */
export function measuredPadding(map: MapLibreMap): Padding {
  return paddingWithin(map.getCanvas());
}

/** The same, for the map's container before the map exists (it fills the container). */
export function paddingWithin(canvas: HTMLElement): Padding {
  const covers = [...document.querySelectorAll<HTMLElement>(`[${COVERS_MAP}]`)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(rectOf);
  const insets = coveredInsets(rectOf(canvas.getBoundingClientRect()), covers);
  return cameraPadding(insets, canvas.clientWidth, canvas.clientHeight);
}

/**
 * Brings a target into the free part of the map. Measures the covers at the moment of the move,
 * so call it after the panel or sheet that will cover the map has rendered.
 */
export function useFocus(map: MapLibreMap | undefined) {
  return useCallback(
    (bbox: Bbox, mode: FocusMode) => {
      if (map) focusOn(map, bbox, mode, measuredPadding(map));
    },
    [map],
  );
}
