import { SITE } from '../site.ts';
import { toSiteIso } from './dates.ts';

/** A calendar month in the site's time zone. */
export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

/** The month a moment falls in, in the site's zone: 2024-11-30T18:30Z is already December in Jakarta. */
export function monthOf(instant: Date): Month {
  const [year, month] = toSiteIso(instant).slice(0, 7).split('-').map(Number);
  return { year, month };
}

export interface MonthGroup<T> extends Month {
  /** Newest first. */
  articles: T[];
}

/** Articles (newest first) by the month of their publication, newest month first; no empty months. */
export function groupByMonth<T extends { data: { pubDate: { instant: Date } } }>(
  newestFirst: readonly T[],
): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const article of newestFirst) {
    const { year, month } = monthOf(article.data.pubDate.instant);
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month) last.articles.push(article);
    else groups.push({ year, month, articles: [article] });
  }
  return groups;
}

/** A year of the archive's index, with its months that have articles, newest first. */
export interface ArchiveYear {
  year: number;
  months: (Month & { count: number })[];
}

/** The archive's index: years newest first, each with its months and how many articles each holds. */
export function archiveIndex(groups: readonly MonthGroup<unknown>[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const { year, month, articles } of groups) {
    const entry = { year, month, count: articles.length };
    const last = years.at(-1);
    if (last && last.year === year) last.months.push(entry);
    else years.push({ year, months: [entry] });
  }
  return years;
}

// The month's name only depends on the calendar, so it is formatted at noon UTC, far from any day's edge.
const monthFormat = new Intl.DateTimeFormat(SITE.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameFormat = new Intl.DateTimeFormat(SITE.locale, { month: 'long', timeZone: 'UTC' });

/** "November 2024". */
export function monthTitle({ year, month }: Month): string {
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 1, 12)));
}

/** "November". */
export function monthName({ month }: Pick<Month, 'month'>): string {
  return monthNameFormat.format(new Date(Date.UTC(2000, month - 1, 1, 12)));
}
