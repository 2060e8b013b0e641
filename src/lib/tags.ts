import { slugify } from './slugs.ts';

export interface TagGroup<T> {
  slug: string;
  /** The tag as an editor first wrote it on the newest article ("Korea Utara"). */
  name: string;
  articles: T[];
}

/**
 * Groups articles (given newest first) by tag slug, so "Korea Utara" and "korea utara"
 * share one page. Each article appears once per tag, in the order given.
 */
export function groupByTag<T extends { data: { tags: readonly string[] } }>(articles: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const tag of article.data.tags) {
      const slug = slugify(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { slug, name: tag, articles: [] };
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.values()];
}
