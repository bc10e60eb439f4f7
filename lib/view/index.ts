/**
 * The view model: the reader's filters, what they show, and the page state built on them. Pure
 * functions; the map, the list, the counts and the export all ask them.
 */
export type { ViewFilters, Viewable, ViewableFeature } from './filters';
export * from './shown';
export * from './state';
export * from './summary';
export { featureIndex, type FeatureIndex } from './features';
export type { MapFormCollection, MapFormFeature, MapFormProperties } from './map-form';
