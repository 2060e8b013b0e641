import { slugify } from './slugs.ts';

export interface RelatedCandidate {
  id: string;
  data: { section: string; tags: readonly string[] };
}

/** Per tag and per section, only this many of the nearest earlier articles are candidates: keeps the cost linear in the archive's size. */
const CANDIDATES_PER_GROUP = 100;

/**
 * Up to `limit` (RELATED_ARTICLES in src/site.ts) related articles for one article, all published before it: most shared tags
 * first, then the same section, then the newest. Only earlier stories, so publishing a story
 * never changes the pages of the articles before it: an incremental build renders the new page
 * (and its topic and section fronts), not every article that shares a topic with it.
 * `newestFirst` is every published article, newest first; the index is built once.
 */
export function createRelatedFinder<T extends RelatedCandidate>(newestFirst: readonly T[], limit: number) {
  const rank = new Map<string, number>(newestFirst.map((article, index) => [article.id, index]));
  /** Each tag's and each section's articles, newest first, and where each article stands in them. */
  const groups = new Map<string, T[]>();
  const positions = new Map<string, number>();
  for (const article of newestFirst) {
    for (const key of groupKeys(article)) {
      const group = groups.get(key) ?? [];
      positions.set(`${key}\0${article.id}`, group.length);
      group.push(article);
      groups.set(key, group);
    }
  }

  function groupKeys(article: T): string[] {
    return [...new Set(article.data.tags.map((tag) => `tag:${slugify(tag)}`)), `section:${article.data.section}`];
  }

  /** The nearest earlier articles of a group the article is in. */
  function earlier(key: string, article: T): T[] {
    const at = positions.get(`${key}\0${article.id}`) ?? -1;
    return (groups.get(key) ?? []).slice(at + 1, at + 1 + CANDIDATES_PER_GROUP);
  }

  return function related(article: T): T[] {
    const sharedTags = new Map<T, number>();
    for (const key of groupKeys(article)) {
      if (!key.startsWith('tag:')) continue;
      for (const other of earlier(key, article)) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
    }
    // The best few in one pass: sorting every candidate cost more than rendering the page.
    const best: [T, number][] = [];
    for (const candidate of sharedTags) {
      const at = best.findIndex((kept) => ranksBefore(candidate, kept));
      if (at >= 0) best.splice(at, 0, candidate);
      else best.push(candidate);
      if (best.length > limit) best.pop();
    }
    const chosen = best.map(([other]) => other);
    // Fill up with the newest earlier ones of the same section that share no tag.
    for (const other of earlier(`section:${article.data.section}`, article)) {
      if (chosen.length >= limit) break;
      if (!sharedTags.has(other)) chosen.push(other);
    }
    return chosen;

    /** More shared tags first, then the same section, then the newer. */
    function ranksBefore([a, sharedA]: [T, number], [b, sharedB]: [T, number]): boolean {
      if (sharedA !== sharedB) return sharedA > sharedB;
      const sameA = a.data.section === article.data.section;
      if (sameA !== (b.data.section === article.data.section)) return sameA;
      return rank.get(a.id)! < rank.get(b.id)!;
    }
  };
}
