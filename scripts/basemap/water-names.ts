/**
 * Names of lakes and rivers on the map: an editorial table, not a gazetteer. GSHHG and WDBII carry
 * no names, so each name is attached here by hand: a lake by a point inside it, a river by its
 * course (waypoints upstream to downstream, read off the WDBII line an editor identified as that
 * river). Names are the usual English forms; other forms are noted beside each entry.
 * The build fails if a lake point falls in no lake or a course matches no river line.
 */
import type { LngLat } from './config';

export interface LakeName {
  name: string;
  /** A point inside the lake's GSHHG outline, where its label goes. */
  point: LngLat;
  /** Major lakes are named from zoom 5, the others from zoom 7 (the lake itself shows by its size). */
  major: boolean;
}

export const LAKE_NAMES: readonly LakeName[] = [
  // On the east of the larger basin, clear of the country name that reaches the western shore.
  { name: 'Lake Sevan', point: [45.5, 40.3], major: true },
  { name: 'Lake Van', point: [42.85, 38.62], major: true },
  // Much of it has dried since the 1990s; GSHHG draws its earlier shoreline.
  { name: 'Lake Urmia', point: [45.45, 37.65], major: true },
  // Dammed on the Kura in 1953; the one large reservoir of the region that GSHHG has.
  { name: 'Mingachevir Reservoir', point: [46.78, 40.9], major: true },
  { name: 'Lake Çıldır', point: [43.24, 41.05], major: false },
  { name: 'Paravani Lake', point: [43.82, 41.44], major: false },
  { name: 'Lake Tuz', point: [33.43, 38.8], major: true },
  { name: 'Sea of Galilee', point: [35.58, 32.82], major: false },
  { name: 'Dead Sea', point: [35.5, 31.5], major: true },
];

export interface RiverName {
  name: string;
  /** Waypoints along the river, upstream to downstream; lines within RIVER_MATCH_KM of it take the name. */
  course: LngLat[];
}

/** How far a WDBII line may stray from a course and still be that river (waypoints are ~4 km off at most). */
export const RIVER_MATCH_KM = 6;
/** Shortest stretch that takes a name: shorter ones are tributaries meeting the river. */
export const RIVER_MATCH_MIN_KM = 20;

export const RIVER_NAMES: readonly RiverName[] = [
  {
    name: 'Kura',
    // Mtkvari in Georgian; through Tbilisi and the Mingachevir reservoir to the Caspian.
    course: [[42.86, 40.89], [42.61, 40.89], [42.42, 40.98], [42.54, 41.11], [43.13, 41.19], [43.34, 41.39], [43.29, 41.55], [43.06, 41.59], [43.08, 41.68], [43.49, 41.94], [43.85, 42.04], [44.73, 41.82], [45.01, 41.56], [45.16, 41.29], [45.52, 41.22], [45.91, 40.98], [46.34, 40.9], [47.02, 40.77], [47.07, 40.67], [47.19, 40.63], [47.22, 40.52], [47.36, 40.46], [47.33, 40.41], [47.44, 40.29], [47.52, 40.28], [47.48, 40.25], [47.55, 40.17], [47.71, 40.21], [47.88, 40.07], [48.06, 40.14], [48.26, 40.03], [48.47, 40.02], [48.59, 40.1], [48.89, 39.97], [49.02, 39.6], [48.98, 39.46], [49.37, 39.35]],
  },
  {
    name: 'Aras',
    // Araks in Armenian, Araz in Azerbaijani; the border of Armenia and Azerbaijan with Iran, and with Turkey along Armenia and Nakhchivan.
    course: [[41.35, 39.33], [41.26, 39.45], [41.3, 39.58], [41.54, 39.64], [41.72, 39.62], [41.81, 39.76], [41.77, 39.83], [42.02, 40.02], [42.67, 40.18], [42.83, 40.06], [43.15, 40.18], [43.47, 40.1], [43.65, 40.13], [43.65, 40.13], [43.93, 40.01], [44.29, 40.05], [44.4, 40], [44.81, 39.63], [44.79, 39.65], [44.89, 39.61], [44.95, 39.44], [45.06, 39.37], [45.14, 39.22], [45.31, 39.2], [45.44, 39], [46.17, 38.84], [46.35, 38.91], [46.54, 38.87], [46.84, 39.16], [47.03, 39.19], [47.1, 39.3], [47.39, 39.47], [47.98, 39.72]],
  },
  {
    name: 'Akhurian',
    // Arpaçay in Turkish; the Armenia–Turkey border north of the Aras.
    course: [[43.29, 40.97], [43.38, 40.82], [43.53, 40.79], [43.71, 40.61], [43.71, 40.61], [43.55, 40.47], [43.72, 40.16], [43.65, 40.13]],
  },
  {
    name: 'Çoruh',
    // Chorokhi in Georgian; reaches the Black Sea at Batumi.
    course: [[40.21, 40.05], [39.97, 40.28], [40.05, 40.4], [40.18, 40.33], [40.96, 40.46], [41.74, 40.89], [41.76, 41.01], [41.9, 41.16], [41.7, 41.35], [41.73, 41.54], [41.58, 41.58]],
  },
  {
    name: 'Terek',
    // through Vladikavkaz to the Caspian.
    course: [[44.63, 42.89], [44.67, 42.98], [44.61, 43.09], [44.25, 43.26], [44.08, 43.47], [44.09, 43.6], [44.22, 43.73], [44.43, 43.66], [44.7, 43.73], [44.9, 43.65], [45.06, 43.72], [46, 43.42], [46.33, 43.43], [46.33, 43.44], [46.55, 43.73], [46.55, 43.73], [47.25, 43.8], [47.4, 43.62]],
  },
  {
    name: 'Kuban',
    // to the Sea of Azov.
    course: [[40.93, 45.42], [40.17, 45.34], [40.17, 45.34], [39.67, 45.19], [39.67, 45.19], [39.57, 45.18], [39.31, 45], [39.05, 44.96], [38.92, 45.03], [38.93, 45.03], [38.8, 44.98], [38.23, 45.17], [37.81, 45.1], [37.55, 45.14], [37.38, 45.2], [37.38, 45.31]],
  },
  {
    name: 'Euphrates',
    // Fırat in Turkish; through Syria and Iraq.
    course: [[38.19, 36.26], [38.06, 36.08], [38.18, 35.95], [38.36, 35.88], [38.74, 35.85], [38.82, 35.94], [39.03, 35.93], [39.28, 35.82], [39.39, 35.84], [39.8, 35.74], [39.91, 35.53], [40.42, 35.2], [40.44, 35.03], [40.57, 34.95], [40.63, 34.8], [40.93, 34.61], [40.93, 34.44], [41.12, 34.36], [41.23, 34.45], [41.54, 34.42], [41.79, 34.52], [41.98, 34.47], [42.14, 34.28], [42.25, 34.32], [42.27, 34.26], [42.33, 34.35], [42.39, 34.31], [42.31, 34.24], [42.39, 34.18], [42.37, 34.08], [42.56, 33.96], [42.53, 33.86], [42.75, 33.86], [42.72, 33.71], [42.93, 33.53], [43.15, 33.53], [43.26, 33.44], [43.35, 33.47], [43.75, 33.35], [43.86, 33.18], [44.07, 33.14], [44.16, 33.03]],
  },
  {
    name: 'Tigris',
    // Dicle in Turkish; past Mosul.
    course: [[42.37, 37.06], [42.51, 36.96], [42.5, 36.84], [42.69, 36.8], [42.75, 36.71], [42.89, 36.71], [42.9, 36.64], [42.83, 36.64], [42.75, 36.5], [42.93, 36.49], [43, 36.4], [43.12, 36.4], [43.3, 36.14], [43.34, 35.99]],
  },
  {
    name: 'Kızılırmak',
    // central Anatolia to the Black Sea.
    course: [[33.52, 39.27], [33.39, 39.42], [33.4, 39.57], [33.49, 39.65], [33.42, 39.95], [33.66, 40.33], [34.01, 40.37], [34.11, 40.48], [34.25, 40.47], [34.66, 40.65], [34.85, 40.82], [34.84, 40.97], [34.42, 41.11], [34.77, 41.13], [34.94, 41.32], [35.12, 41.4], [35.2, 41.27], [35.32, 41.23], [35.8, 41.37], [35.92, 41.64]],
  },
  {
    name: 'Jordan',
    // from the Sea of Galilee to the Dead Sea.
    course: [[35.57, 32.72], [35.52, 32.01]],
  },
];
