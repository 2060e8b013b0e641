import XMLBuilder from 'fast-xml-builder';

/** Google News takes articles from the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface NewsEntry {
  url: string;
  title: string;
  /** ISO day or date-time with offset. */
  published: string;
  publishedAt: Date;
}

/** Entries published within the two days before `now` (none from the future), newest first as given. */
export function inNewsWindow<T extends NewsEntry>(entries: readonly T[], now: Date): T[] {
  return entries.filter((entry) => {
    const age = now.getTime() - entry.publishedAt.getTime();
    return age >= 0 && age <= NEWS_WINDOW_MS;
  });
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: false });

/**
 * A Google News sitemap (urlset with news:news) for the given entries. The sitemap schema wants
 * at least one <url>, so with no recent entry it lists `whenEmpty` (the newest article, or the
 * home page) without news:news, as Google allows for URLs older than two days: the file stays
 * valid and at its address, and Google News still gets only the last two days.
 */
export function newsSitemapXml(
  entries: readonly NewsEntry[],
  publication: { name: string; language: string },
  whenEmpty: string,
): string {
  const urls =
    entries.length === 0
      ? [{ loc: whenEmpty }]
      : entries.map((entry) => ({
          loc: entry.url,
          'news:news': {
            'news:publication': { 'news:name': publication.name, 'news:language': publication.language },
            'news:publication_date': entry.published,
            'news:title': entry.title,
          },
        }));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: urls,
    },
  });
}
