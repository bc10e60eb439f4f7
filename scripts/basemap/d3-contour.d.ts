/** The part of d3-contour's API the relief derivation uses (the package ships no types). */
declare module 'd3-contour' {
  import type { MultiPolygon } from 'geojson';
  export interface ContourMultiPolygon extends MultiPolygon {
    value: number;
  }
  export interface Contours {
    (values: ArrayLike<number>): ContourMultiPolygon[];
    size(size: [number, number]): Contours;
    thresholds(thresholds: number[]): Contours;
    smooth(smooth: boolean): Contours;
  }
  export function contours(): Contours;
}
