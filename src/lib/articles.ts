import type { PublishDate } from './dates.ts';
import { isLiveOpen, type LiveCoverage } from './live.ts';
import { FRONT_PAGE } from '../site.ts';

/** The part of an article entry the queries need, so they can be tested without Astro. */
export interface ArticleLike {
  id: string;
  data: {
    pubDate: PublishDate;
    draft: boolean;
    breaking: boolean;
    breakingUntil?: PublishDate | undefined;
    live?: LiveCoverage | undefined;
  };
}

export interface Visibility {
  /** The moment of the build; articles dated after it are scheduled, not published. */
  now: Date;
  /** Drafts and scheduled articles are shown in `astro dev` so editors can preview them. */
  preview: boolean;
}

/** Whether readers may see this article in this build. */
export function isPublished(article: ArticleLike, { now, preview }: Visibility): boolean {
  if (preview) return true;
  return !article.data.draft && !isScheduled(article, now);
}

/** Dated after the build's moment: left out until a later build (shown, marked, in `astro dev`). */
export function isScheduled(article: ArticleLike, now: Date): boolean {
  return article.data.pubDate.instant.getTime() > now.getTime();
}

/** Published articles, newest first; ties keep a stable order by id. */
export function publishedNewestFirst<T extends ArticleLike>(articles: readonly T[], visibility: Visibility): T[] {
  return articles
    .filter((article) => isPublished(article, visibility))
    .sort((a, b) => b.data.pubDate.instant.getTime() - a.data.pubDate.instant.getTime() || a.id.localeCompare(b.id));
}

/**
 * Breaking at `now`: marked so, and its `breakingUntil`, if it has one, not yet reached. Live
 * coverage is breaking exactly while it is open, whatever its flags say: the banner then leads
 * to the live page, and a closed one leaves the banner without anyone switching it off.
 */
export function isBreaking(article: ArticleLike, now: Date): boolean {
  if (article.data.live) return isLiveOpen(article.data.live, now);
  const until = article.data.breakingUntil;
  return article.data.breaking && (until === undefined || now.getTime() < until.instant.getTime());
}

/**
 * The article the breaking-news banner shows at `now` (the build's clock): the newest one still
 * breaking among those given (already newest first). A story whose end has passed gives way to
 * an older one still breaking, or to no banner.
 */
export function latestBreaking<T extends ArticleLike>(newestFirst: readonly T[], now: Date): T | undefined {
  return newestFirst.find((article) => isBreaking(article, now));
}

/**
 * The articles that carry the breaking-news banner: at least the newest `reach` of them, the
 * boundary counted from the oldest in steps of a quarter of `reach`, so between `reach` and
 * 1.25 × `reach` articles carry it. Counted from the newest, each publish would take the banner
 * off one old article, re-rendering it and re-indexing its part of the search index (a whole
 * year's: 4.9 s of a publish at 5,000 articles); counted so, that happens once every
 * `reach / 4` stories, for that many articles at once.
 */
export function bannerCarriers<T extends { id: string }>(newestFirst: readonly T[], reach: number): T[] {
  const step = Math.max(1, Math.floor(reach / 4));
  const fromOldest = Math.max(0, Math.floor((newestFirst.length - reach) / step) * step);
  return newestFirst.slice(0, newestFirst.length - fromOldest);
}

/** A section's articles, in the order given. */
export function inSection<T extends { data: { section: string } }>(articles: readonly T[], section: string): T[] {
  return articles.filter((article) => article.data.section === section);
}

/**
 * The front page from the newest articles: one lead, a few highlights, then a list. Older
 * stories live in the section pages, so the front page stays the same size at any archive size.
 */
export function frontPage<T>(newestFirst: readonly T[]) {
  const [lead, ...rest] = newestFirst.slice(0, FRONT_PAGE.total);
  return { lead, highlights: rest.slice(0, FRONT_PAGE.highlights), latest: rest.slice(FRONT_PAGE.highlights) };
}
