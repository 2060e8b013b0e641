import { slugify } from './slugs.ts';

export interface RelatedCandidate {
  id: string;
  data: { section: string; tags: readonly string[] };
}

/** Per tag and per section, only this many newest articles are candidates: keeps the cost linear in the archive's size. */
const CANDIDATES_PER_GROUP = 100;

/**
 * Up to `limit` related articles for one article: most shared tags first, then the same
 * section, then newest. `newestFirst` is every published article, newest first; only the
 * newest articles sharing a tag or the section are looked at, through an index built once.
 */
export function createRelatedFinder<T extends RelatedCandidate>(newestFirst: readonly T[], limit = 4) {
  const rank = new Map<string, number>(newestFirst.map((article, index) => [article.id, index]));
  const byTag = new Map<string, T[]>();
  const bySection = new Map<string, T[]>();
  for (const article of newestFirst) {
    for (const tag of new Set(article.data.tags.map(slugify))) addCandidate(byTag, tag, article);
    addCandidate(bySection, article.data.section, article);
  }

  function addCandidate(index: Map<string, T[]>, key: string, article: T): void {
    const group = index.get(key) ?? [];
    if (group.length < CANDIDATES_PER_GROUP) group.push(article);
    index.set(key, group);
  }

  return function related(article: T): T[] {
    const sharedTags = new Map<T, number>();
    for (const tag of new Set(article.data.tags.map(slugify))) {
      for (const other of byTag.get(tag) ?? []) {
        if (other.id !== article.id) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
      }
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
    // Fill up with the newest of the same section that share no tag.
    for (const other of bySection.get(article.data.section) ?? []) {
      if (chosen.length >= limit) break;
      if (other.id !== article.id && !sharedTags.has(other)) chosen.push(other);
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
