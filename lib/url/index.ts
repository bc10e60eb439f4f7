/** The shareable URL: what a link restores, read and written as plain functions. */
export * from './state';
export * from './parse';
export * from './serialise';
export { urlContext } from './context';
export * from './links';
