/** Articles per section or tag page: enough to scan, small enough for a phone on a slow network. */
export const LIST_PAGE_SIZE = 20;
