import type { LayerSpecification } from 'maplibre-gl';

/** A style layer without its source: the code that owns the source adds it. */
export type DataLayerStyle = LayerSpecification extends infer T ? (T extends { source: string } ? Omit<T, 'source'> : never) : never;
