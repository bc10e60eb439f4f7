/** Downloads of what the map shows: GeoJSON and CSV builders, citations included. Pure. */
export * from './citations';
export * from './geojson';
export * from './csv';
export * from './wkt';
export * from './filename';
