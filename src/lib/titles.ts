import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';

/** The site's name with a line about it: "Warta: Berita terkini dari Indonesia dan dunia". */
export function siteTitle(about: string = t('site.tagline')): string {
  return t('site.title', { site: SITE.name, tagline: about });
}

/** A page's title tag: its own title, then the site's name; the home page has the site's title. */
export function pageTitle(title?: string): string {
  return title ? t('page.title', { title, site: SITE.name }) : siteTitle();
}

/** "Berita Internasional" on the front page, "Berita Internasional (halaman 2)" on an archive page, so every title is unique. */
export function listTitle(heading: string, archivePage: number | undefined): string {
  return archivePage === undefined ? heading : t('list.laterPageTitle', { heading, page: archivePage });
}
