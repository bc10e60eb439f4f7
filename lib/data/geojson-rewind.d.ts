/** Types for @mapbox/geojson-rewind, which ships none. */
declare module '@mapbox/geojson-rewind' {
  import type { GeoJSON } from 'geojson';

  /** Rewinds polygon rings in place; `outer = false` gives RFC 7946 (counter-clockwise exteriors). */
  export default function rewind<T extends GeoJSON>(gj: T, outer?: boolean): T;
}
