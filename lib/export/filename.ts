import type { TimeRange } from '@/lib/time';

/**
 * A download's name, saying which time range it holds.
 * @example exportFilename({ from: '2021-01', to: '2021-12' }, 'geojson') // 'caucasus-atlas-2021-01_2021-12.geojson'
 */
export function exportFilename(range: TimeRange, ext: 'geojson' | 'csv'): string {
  return `caucasus-atlas-${range.from}_${range.to}.${ext}`;
}

/** Media types of the downloads. */
export const EXPORT_MEDIA = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
} as const;
