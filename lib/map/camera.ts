/**
 * Camera padding from what covers the map. The sidebar, the feature panel (or the phone's bottom
 * sheet), the time control and the header's buttons lie over the map; a target is brought into the
 * part of the map they leave free. The sizes are measured on the page, never copied from the CSS.
 * Pure functions; lib/client/use-camera.ts measures and calls them.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room the camera keeps between a target and the edge of the free area. */
export const EDGE = 32;

/** A free area never shrinks below this, in px, whatever covers the map (MapLibre refuses a negative box). */
const MIN_FREE = 80;

/**
 * How far each edge of the map is covered. Each cover takes away the strip between one edge of the
 * map and its own far side: the edge that costs the least area (a sidebar on the left, a panel on
 * the right, the time control or a bottom sheet at the bottom, a button bar at the top), whether
 * it lies flush against that edge or floats a margin away from it. Covers outside the map take
 * nothing.
 * @example coveredInsets({left:0,top:0,right:1280,bottom:752}, [{left:12,top:12,right:312,bottom:740}]) // {left:312,…0}
 */
export function coveredInsets(map: Rect, covers: readonly Rect[]): Padding {
  const out: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    const o = { left: Math.max(c.left, map.left), top: Math.max(c.top, map.top), right: Math.min(c.right, map.right), bottom: Math.min(c.bottom, map.bottom) };
    if (o.right - o.left <= 0 || o.bottom - o.top <= 0) continue;
    const sides: { side: keyof Padding; inset: number; cost: number }[] = [
      { side: 'left', inset: o.right - map.left, cost: (o.right - map.left) * height },
      { side: 'right', inset: map.right - o.left, cost: (map.right - o.left) * height },
      { side: 'top', inset: o.bottom - map.top, cost: (o.bottom - map.top) * width },
      { side: 'bottom', inset: map.bottom - o.top, cost: (map.bottom - o.top) * width },
    ];
    const best = sides.sort((a, b) => a.cost - b.cost)[0]!;
    out[best.side] = Math.max(out[best.side], best.inset);
  }
  return out;
}

/**
 * Camera padding for a map of `width`×`height` with these covered insets: the insets plus EDGE,
 * scaled down where they would leave less than MIN_FREE px, never negative.
 * @example cameraPadding({ top: 0, right: 420, bottom: 130, left: 300 }, 1280, 752) // { top: 32, right: 452, bottom: 162, left: 332 }
 */
export function cameraPadding(insets: Padding, width: number, height: number): Padding {
  const fit = (a: number, b: number, room: number): [number, number] => {
    const spare = Math.max(0, room - MIN_FREE);
    if (a + b <= spare) return [a, b];
    const total = a + b || 1;
    return [Math.max(0, (a * spare) / total), Math.max(0, (b * spare) / total)];
  };
  const [left, right] = fit(insets.left + EDGE, insets.right + EDGE, width);
  const [top, bottom] = fit(insets.top + EDGE, insets.bottom + EDGE, height);
  return { top: Math.floor(top), right: Math.floor(right), bottom: Math.floor(bottom), left: Math.floor(left) };
}

/** Whether a screen point lies in the free area that `padding` leaves in a `width`×`height` map. */
export function inFreeArea(point: { x: number; y: number }, width: number, height: number, padding: Padding): boolean {
  return point.x >= padding.left && point.x <= width - padding.right && point.y >= padding.top && point.y <= height - padding.bottom;
}
