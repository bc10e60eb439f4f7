/** The list view of the map: which features are shown now, as rows a reader can go through. */
export { listGroups, toListItem, PLACE_WORDS, type ListGroup, type ListItem, type ShownFilter } from './items';
