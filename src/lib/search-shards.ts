import { toSiteIso } from './dates.ts';

/**
 * Which part of the search index an article goes in. Pagefind rebuilds an index whole, so the
 * site has one index per part, each rebuilt only when one of its articles changed, and the
 * search page merges them. An article of the newest year goes in its month's part ("2024-12"),
 * an older one in its year's ("2021"): a new story re-indexes one month of stories rather than
 * the archive, and a reader's search loads at most a dozen months plus one part a year. When
 * the first story of a new year is published, last year's months are indexed once as its year.
 */
export function searchShard(published: Date, newestYear: string): string {
  const month = toSiteIso(published).slice(0, 7);
  return month.startsWith(newestYear) ? month : month.slice(0, 4);
}

/** Each article's part, given every published article newest first: the newest one's year goes by month. */
export function searchShardOf(
  newestFirst: readonly { data: { pubDate: { instant: Date } } }[],
): (published: Date) => string {
  const newest = newestFirst[0];
  const newestYear = newest ? toSiteIso(newest.data.pubDate.instant).slice(0, 4) : '';
  return (published) => searchShard(published, newestYear);
}

/** The parts, newest first: the order the search page loads them in (the first one leads). */
export function shardsNewestFirst(shards: Iterable<string>): string[] {
  return [...new Set(shards)].sort().reverse();
}
