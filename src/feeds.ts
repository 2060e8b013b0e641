import { SITE } from './site.ts';
import type { SectionId } from './sections.ts';
import { t } from './i18n/id.ts';
import { paths } from './site-urls.ts';

/** What names a feed, both in the feed itself and in the pages that point readers to it. */
export interface FeedInfo {
  title: string;
  description: string;
  /** The feed's path under the site's base. */
  path: string;
  /** The page the feed follows (its channel's <link>), under the site's base. */
  page: string;
}

/** The site's feed: the newest articles of every section. */
export function siteFeed(): FeedInfo {
  return {
    title: t('feed.siteTitle', { site: SITE.name }),
    description: t('site.tagline'),
    path: paths.file('rss.xml'),
    page: paths.home(),
  };
}

/** A section's feed. */
export function sectionFeed(section: SectionId): FeedInfo {
  const name = t(`section.${section}`);
  return {
    title: t('feed.sectionTitle', { site: SITE.name, section: name }),
    description: t('list.sectionDescription', { section: name, site: SITE.name }),
    path: paths.sectionFeed(section),
    page: paths.section(section),
  };
}
