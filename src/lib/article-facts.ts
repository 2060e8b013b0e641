import type { ArticleFacts } from './json-ld';
import type { PublishDate } from './dates';

export interface ArticleData {
  title: string;
  description: string;
  pubDate: PublishDate;
  updatedDate?: PublishDate | undefined;
  author: readonly string[];
  tags: readonly string[];
  source?: { name: string; url?: string | undefined } | undefined;
}

/** What structured data and Open Graph say about an article; modified is the update, or the publication. */
export function articleFacts(
  data: ArticleData,
  where: { url: string; imageUrl: string; sectionName: string },
): ArticleFacts {
  return {
    url: where.url,
    headline: data.title,
    description: data.description,
    datePublished: data.pubDate.iso,
    dateModified: (data.updatedDate ?? data.pubDate).iso,
    authors: data.author,
    section: where.sectionName,
    keywords: data.tags,
    imageUrl: where.imageUrl,
    source: data.source,
  };
}
