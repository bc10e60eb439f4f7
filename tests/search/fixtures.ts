import type { SearchableFeature, SearchablePlace } from '@/lib/search';

/** A few features and towns shaped like the atlas's, with the names that make search hard. */
export const FEATURES: SearchableFeature[] = [
  {
    id: 'cor-lachin',
    layer: 'corridors',
    kind: 'corridor',
    name: 'Lachin corridor',
    altNames: ['Berdzor corridor', 'Laçın dəhlizi', 'Khankandi–Lachin road'],
    actors: ['RUS', 'ARM', 'AZE'],
    bbox: [46.3, 39.5, 46.8, 39.9],
  },
  {
    id: 'ex-lachin-drill',
    layer: 'exercises',
    kind: 'special-forces-drill',
    name: 'Azerbaijani–Turkish special forces drill in the Lachin district',
    altNames: [],
    actors: ['AZE', 'TUR'],
    bbox: [46.5, 39.6, 46.5, 39.6],
  },
  {
    id: 'ev-erdogan',
    layer: 'events',
    kind: 'meeting',
    name: 'Azerbaijani defence leadership meets President Erdoğan in Ankara',
    altNames: [],
    actors: ['AZE', 'TUR'],
    bbox: [32.85, 39.93, 32.85, 39.93],
  },
  {
    id: 'ev-shusha-declaration',
    layer: 'events',
    kind: 'agreement',
    name: 'Shusha Declaration signed',
    altNames: ['Şuşa Bəyannaməsi'],
    actors: ['TUR', 'AZE'],
    bbox: [46.75, 39.76, 46.75, 39.76],
  },
  {
    id: 'all-usa-arm',
    layer: 'alliances',
    kind: 'proposed-partnership',
    name: 'Proposed US–Armenia defence partnership',
    altNames: [],
    actors: ['USA', 'ARM'],
    bbox: [-77, 38.9, 44.5, 40.2],
  },
  {
    id: 'all-csto',
    layer: 'alliances',
    kind: 'alliance',
    name: 'Armenia in the Collective Security Treaty Organization (CSTO)',
    altNames: ['ОДКБ'],
    actors: ['CSTO', 'ARM', 'RUS'],
    bbox: [30, 38, 75, 56],
  },
];

export const PLACES: SearchablePlace[] = [
  { name: 'Baku', altNames: ['Bakı'], iso3: 'AZE', lon: 49.87, lat: 40.41 },
  { name: 'Khankandi / Stepanakert', altNames: ['Khankandi', 'Stepanakert', 'Khankendi', 'Xankəndi', 'Xankandi'], iso3: 'AZE', lon: 46.75, lat: 39.82 },
  { name: 'Shusha / Shushi', altNames: ['Shusha', 'Shushi', 'Şuşa'], iso3: 'AZE', lon: 46.75, lat: 39.76 },
  { name: 'Berdzor / Lachin', altNames: ['Berdzor', 'Lachin', 'Laçın'], iso3: 'AZE', lon: 46.55, lat: 39.64 },
  { name: 'Goris', altNames: [], iso3: 'ARM', lon: 46.34, lat: 39.51 },
  { name: 'New York', altNames: ['New York City'], iso3: 'USA', lon: -74, lat: 40.71 },
];
