/** Time: partial dates, months, intervals, the data's extent, the selected range, play and labels. Pure functions. */
export * from './partial';
export * from './month';
export * from './interval';
export * from './range';
export * from './extent';
export * from './play';
export * from './histogram';
export * from './format';
export * from './axis';
