/**
 * The few lines `npm run build` ends with (src/cli/build.ts), in Indonesian: what was
 * published, what waits for its time (with its date, so a year typed wrong is seen before the
 * story goes missing for a year), how many drafts, the warnings, and every article address the
 * previous build had and this one has not: a renamed or deleted file, which readers and search
 * engines will find gone.
 */

import { formatPublishDate, type PublishDate } from './dates.ts';
import { isScheduled, type ArticleLike } from './articles.ts';

/** One article as the summary names it: its address and headline. */
export interface SummaryArticle {
  path: string;
  title: string;
}

/** What a build published and held back, as Astro leaves it in the build notes. */
export interface ArticleCensus {
  published: SummaryArticle[];
  /** Published by a later build, soonest first, each with its date as readers would see it. */
  scheduled: (SummaryArticle & { when: string })[];
  drafts: number;
}

/** Sorts every article into published, scheduled or draft at the build's moment. */
export function articleCensus<T extends ArticleLike & { data: { title: string } }>(
  articles: readonly T[],
  now: Date,
  pathOf: (id: string) => string,
): ArticleCensus {
  const published: SummaryArticle[] = [];
  const scheduled: (SummaryArticle & { pubDate: PublishDate })[] = [];
  let drafts = 0;
  for (const article of articles) {
    const entry = { path: pathOf(article.id), title: article.data.title };
    if (article.data.draft) drafts++;
    else if (isScheduled(article, now)) scheduled.push({ ...entry, pubDate: article.data.pubDate });
    else published.push(entry);
  }
  return {
    published: published.sort((a, b) => compare(a.path, b.path)),
    scheduled: scheduled
      .sort((a, b) => a.pubDate.instant.getTime() - b.pubDate.instant.getTime() || compare(a.path, b.path))
      .map(({ path, title, pubDate }) => ({ path, title, when: formatPublishDate(pubDate) })),
    drafts,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The addresses the previous build published that this one does not, in order. */
export function removedPaths(previous: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  return [...new Set(previous)].filter((path) => !now.has(path)).sort(compare);
}

export interface SummaryInput {
  census: ArticleCensus;
  warnings: readonly string[];
  /** The previous build's article addresses; undefined on a first build, which has nothing to compare. */
  previous: readonly string[] | undefined;
  /** Addresses kept alive by a redirect page (aliases): gone as articles, not gone for readers. */
  redirected?: readonly string[];
}

/** The summary, one fact per line. */
export function buildSummary({ census, warnings, previous, redirected = [] }: SummaryInput): string {
  const lines = ['Ringkasan build:', `  Terbit: ${census.published.length} artikel`];
  lines.push(
    `  Terjadwal: ${census.scheduled.length} artikel${census.scheduled.length ? ' (periksa tanggalnya)' : ''}`,
  );
  for (const article of census.scheduled) lines.push(`    - ${article.when}: ${article.title} (${article.path})`);
  lines.push(`  Draf: ${census.drafts} artikel`);
  lines.push(`  Peringatan: ${warnings.length}`);
  for (const warning of warnings) lines.push(`    - ${warning}`);
  if (previous) {
    const kept = new Set(redirected);
    const gone = removedPaths(
      previous,
      census.published.map(({ path }) => path),
    ).filter((path) => !kept.has(path));
    lines.push(`  Alamat yang hilang sejak build sebelumnya: ${gone.length}`);
    for (const path of gone) lines.push(`    - ${path}`);
    if (gone.length) {
      lines.push('    Pembaca dan mesin pencari akan mendapat halaman 404 di alamat itu. Bila beritanya hanya');
      lines.push('    berganti nama file, tulis alamat lama di aliases berita barunya (docs/panduan-penulis.md).');
    }
  }
  return lines.join('\n');
}
