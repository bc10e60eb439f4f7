/**
 * The atlas's icon: a route over a pin, in the map's colours. Given to the browser inline, as a
 * `data:` URL in the page's head, so a first visit makes no request for it.
 */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2f5d7c"/><path d="M6 22 Q16 4 26 22" fill="none" stroke="#fdf3c7" stroke-width="3"/><circle cx="16" cy="17" r="4" fill="#c0392b" stroke="#fff" stroke-width="1.5"/></svg>';

export const ICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;
