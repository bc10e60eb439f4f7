/** The element in the page header (app/page.tsx) that the search box renders into. */
export const SEARCH_SLOT_ID = 'atlas-search-slot';
