/** The list view of the map: the shown features in the visible area, as rows a reader can go through. */
export { featuresInView, groupByLayer, listGroups, toListItem, type ListGroup, type ListItem } from './items';
export { LIST_PAGE, moreRowId, pageGroups, pageLimit, type PagedGroup } from './pages';
