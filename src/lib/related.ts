import { slugify } from './slugs.ts';

export interface RelatedCandidate {
  id: string;
  data: { section: string; tags: readonly string[] };
}

/** Per tag and per section, only this many of the nearest earlier articles are candidates: keeps the cost linear in the archive's size. */
export const CANDIDATES_PER_GROUP = 100;

/** A group's candidates for one article: `list` from `start` up to (not including) `end`. */
interface Window {
  list: readonly number[];
  start: number;
  end: number;
}

/**
 * Up to `limit` (RELATED_ARTICLES in src/site.ts) related articles for one article, all
 * published before it: most shared tags first, then the same section, then the newest. Only earlier stories, so publishing a story
 * never changes the pages of the articles before it: an incremental build renders the new page
 * (and its topic and section fronts), not every article that shares a topic with it.
 * `newestFirst` is every published article, newest first; the index is built once.
 *
 * Every build asks this for every article (a page's cache key includes its related articles),
 * so it works on numbers: an article is its place in `newestFirst` (smaller is newer), and
 * each tag's and section's articles are a sorted list of places. At 20,000 articles this took
 * 4.2 s of a publish as maps of articles; as sorted lists walked together, 1.8 s.
 */
export function createRelatedFinder<T extends RelatedCandidate>(newestFirst: readonly T[], limit: number) {
  const slugs = new Map<string, string>();
  const tagKey = (tag: string) => {
    let slug = slugs.get(tag);
    if (slug === undefined) slugs.set(tag, (slug = slugify(tag)));
    return `tag:${slug}`;
  };
  const groupKeys = (article: T) => [...new Set(article.data.tags.map(tagKey)), `section:${article.data.section}`];

  /** Each tag's and each section's articles, as places in `newestFirst`, newest first. */
  const groups = new Map<string, number[]>();
  const keysByPlace = newestFirst.map((article, place) => {
    const keys = groupKeys(article);
    for (const key of keys) {
      const group = groups.get(key);
      if (group) group.push(place);
      else groups.set(key, [place]);
    }
    return keys;
  });
  const placeOf = new Map(newestFirst.map((article, place) => [article.id, place]));

  /** The first position in a sorted list of places holding a place after `place`. */
  function firstAfter(list: readonly number[], place: number): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle]! <= place) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** A group's nearest articles published before `place` (an article not in the list: the newest). */
  function earlier(key: string, place: number): Window {
    const list = groups.get(key) ?? [];
    const start = firstAfter(list, place);
    return { list, start, end: Math.min(list.length, start + CANDIDATES_PER_GROUP) };
  }

  const holds = ({ list, start, end }: Window, place: number) => {
    const at = firstAfter(list, place - 1);
    return at >= start && at < end && list[at] === place;
  };

  return function related(article: T): T[] {
    const place = placeOf.get(article.id) ?? -1;
    const keys = place >= 0 ? keysByPlace[place]! : groupKeys(article);
    const windows = keys.filter((key) => key.startsWith('tag:')).map((key) => earlier(key, place));
    const next = windows.map(({ start }) => start);
    // Walking the tag windows together, newest first, gives each candidate once with its number
    // of shared tags. Ranks: more shared tags, then the same section; within a rank the newest,
    // which come first, so each rank keeps its first `limit`.
    const ranks: number[][] = [];
    for (;;) {
      let newest = Infinity;
      for (let i = 0; i < windows.length; i++) {
        if (next[i]! < windows[i]!.end) newest = Math.min(newest, windows[i]!.list[next[i]!]!);
      }
      if (newest === Infinity) break;
      let shared = 0;
      for (let i = 0; i < windows.length; i++) {
        if (next[i]! < windows[i]!.end && windows[i]!.list[next[i]!] === newest) {
          shared++;
          next[i]!++;
        }
      }
      const sameSection = newestFirst[newest]!.data.section === article.data.section;
      const rank = (windows.length - shared) * 2 + (sameSection ? 0 : 1);
      const kept = (ranks[rank] ??= []);
      if (kept.length < limit) kept.push(newest);
    }
    const chosen = ranks.flatMap((kept) => kept ?? []).slice(0, limit);
    // Fill up with the newest earlier ones of the same section that share no tag.
    const section = earlier(`section:${article.data.section}`, place);
    for (let i = section.start; i < section.end && chosen.length < limit; i++) {
      const other = section.list[i]!;
      if (!windows.some((window) => holds(window, other))) chosen.push(other);
    }
    return chosen.map((other) => newestFirst[other]!);
  };
}
