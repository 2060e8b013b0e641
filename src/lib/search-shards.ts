import { toSiteIso } from './dates.ts';

/**
 * Which part of the search index an article goes in. Pagefind rebuilds an index whole, so the
 * site has one index per part, each rebuilt only when one of its articles changed, and the
 * search page merges them. The newest month goes by week ("2024-12-22": its days from the
 * 22nd, the 29th to the 31st included), the rest of the newest year by month ("2024-11"), an
 * older year whole ("2021"). A new story re-indexes a week of stories (at 20,000 articles about
 * 90, where a month was 280 and took 1.3 s of every publish) rather than the archive; a
 * reader's search loads at most four weeks, eleven months and one part a year. The first story
 * of a new month indexes last month's weeks once as its month; of a new year, last year's
 * months once as its year.
 */
export function searchShard(published: Date, newestMonth: string): string {
  const day = toSiteIso(published).slice(0, 10);
  const month = day.slice(0, 7);
  if (month === newestMonth) return `${month}-${String(weekStart(Number(day.slice(8)))).padStart(2, '0')}`;
  return month.startsWith(newestMonth.slice(0, 4)) ? month : month.slice(0, 4);
}

/** The first day of a day's week of the month: the 1st, 8th, 15th or 22nd (the last week takes the month's end). */
function weekStart(dayOfMonth: number): number {
  return Math.min(22, dayOfMonth - ((dayOfMonth - 1) % 7));
}

/** Each article's part, given every published article newest first: the newest one's month goes by week, its year by month. */
export function searchShardOf(
  newestFirst: readonly { data: { pubDate: { instant: Date } } }[],
): (published: Date) => string {
  const newest = newestFirst[0];
  const newestMonth = newest ? toSiteIso(newest.data.pubDate.instant).slice(0, 7) : '';
  return (published) => searchShard(published, newestMonth);
}

/** The parts, newest first: the order the search page loads them in (the first one leads). */
export function shardsNewestFirst(shards: Iterable<string>): string[] {
  return [...new Set(shards)].sort().reverse();
}
