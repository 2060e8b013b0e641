import { t } from '../i18n/id.ts';

/** Articles per section or tag page: enough to scan, small enough for a phone on a slow network. */
export const LIST_PAGE_SIZE = 20;

/** "Berita Internasional", then "Berita Internasional (halaman 2)" for later pages, so every title is unique. */
export function listTitle(heading: string, page: number): string {
  return page > 1 ? t('list.laterPageTitle', { heading, page }) : heading;
}
