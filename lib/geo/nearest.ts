/** Nearest-place lookups over small point sets (the basemap's towns), for names at a position. */

/** Approximate ground distance in km between two [lon, lat] positions (equirectangular; fine under ~100 km). */
export function approxKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const x = ((b[0]! - a[0]!) * rad) * Math.cos((((a[1]! + b[1]!) / 2) * rad));
  const y = (b[1]! - a[1]!) * rad;
  return Math.hypot(x, y) * 6371;
}

/**
 * A lookup of the name of the point nearest a position, within `maxKm`, else null.
 * @example nameAt([{ name: 'Baku', coordinates: [49.892, 40.378] }], 3)([49.89, 40.38]) // 'Baku'
 */
export function nameAt(points: readonly { name: string; coordinates: readonly number[] }[], maxKm: number) {
  return (position: readonly number[]): string | null => {
    let best: { name: string; km: number } | null = null;
    for (const p of points) {
      const km = approxKm(position, p.coordinates);
      if (km <= maxKm && (!best || km < best.km)) best = { name: p.name, km };
    }
    return best?.name ?? null;
  };
}
