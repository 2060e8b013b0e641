import type { ArticleFacts } from './json-ld.ts';
import { latest, type PublishDate } from './dates.ts';
import type { ArticleData as CheckedArticle } from '../schemas/article.ts';

/** The frontmatter fields the facts come from, typed by the schema itself so the two cannot drift. */
export type ArticleData = Pick<
  CheckedArticle<unknown>,
  'title' | 'description' | 'pubDate' | 'updatedDate' | 'author' | 'tags' | 'source' | 'corrections'
>;

/**
 * When the article last changed: its update, its latest correction or (on a live page) its
 * newest update, else its publication. `liveUpdates` is newest first.
 */
export function lastModified(
  data: Pick<ArticleData, 'pubDate' | 'updatedDate' | 'corrections'>,
  liveUpdates: readonly { time: PublishDate }[] = [],
): PublishDate {
  return latest(
    data.pubDate,
    data.updatedDate,
    ...data.corrections.map((correction) => correction.date),
    liveUpdates[0]?.time,
  );
}

/** What structured data and Open Graph say about an article. */
export function articleFacts(
  data: ArticleData,
  where: {
    url: string;
    imageUrl: string;
    sectionName: string;
    authorPage?: (name: string) => string | undefined;
    /** A live page's updates, newest first. */
    liveUpdates?: readonly { time: PublishDate }[] | undefined;
  },
): ArticleFacts {
  return {
    url: where.url,
    headline: data.title,
    description: data.description,
    datePublished: data.pubDate.iso,
    dateModified: lastModified(data, where.liveUpdates).iso,
    authors: data.author.map((name) => ({ name, url: where.authorPage?.(name) })),
    section: where.sectionName,
    keywords: data.tags,
    imageUrl: where.imageUrl,
    source: data.source,
  };
}

/** The "Diperbarui" time to show: the last change, when there was one after publication. */
export function shownUpdate(
  data: Pick<ArticleData, 'pubDate' | 'updatedDate' | 'corrections'>,
): PublishDate | undefined {
  const modified = lastModified(data);
  return modified === data.pubDate ? undefined : modified;
}
