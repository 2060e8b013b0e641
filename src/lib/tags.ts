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

/** An article's tags with each topic once: "Banjir" and " banjir " are one topic, kept as first written. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const slug = slugify(tag);
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

/** The tags uniqueTags drops, as written, for the warning that names them. */
export function repeatedTags(tags: readonly string[]): string[] {
  const kept = new Set(uniqueTags(tags));
  return tags.filter((tag, index) => !kept.has(tag) || tags.indexOf(tag) !== index);
}
