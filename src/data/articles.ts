import { getCollection, type CollectionEntry } from 'astro:content';
import {
  bannerCarriers,
  isScheduled as isScheduledAt,
  latestBreaking,
  publishedNewestFirst,
  type Visibility,
} from '../lib/articles.ts';
import { createRelatedFinder } from '../lib/related.ts';
import { buildClock, RELATED_CACHE } from '../build-env.ts';
import { relatedTable } from '../lib/related-cache.ts';
import { articleCensus } from '../lib/build-summary.ts';
import { recordArticleCensus } from '../lib/build-registry.ts';
import { paths } from '../site-urls.ts';
import { BANNER_REACH, RELATED_ARTICLES } from '../site.ts';

export type Article = CollectionEntry<'articles'>;

/** The moment of this build, which decides what is published (see src/build-env.ts). */
export const buildTime = buildClock();

const visibility: Visibility = {
  now: buildTime,
  preview: import.meta.env.WARTA_PREVIEW === true,
};

let published: Promise<Article[]> | undefined;

/** Every article readers may see in this build, newest first (read once per build). */
export function getPublishedArticles(): Promise<Article[]> {
  published ??= getCollection('articles').then((articles) => {
    // Every build reads the articles here, even when it renders none of them: the summary's count.
    recordArticleCensus(articleCensus(articles, buildTime, paths.article));
    return publishedNewestFirst(articles, visibility);
  });
  return published;
}

/** The article for the breaking-news banner, if any is breaking at this build's moment. */
export async function getBreakingArticle(): Promise<Article | undefined> {
  return latestBreaking(await getPublishedArticles(), buildTime);
}

let bannerReach: Promise<Set<string>> | undefined;

/**
 * Whether an article's page carries the breaking-news banner: the newest BANNER_REACH articles
 * do, older ones not, so a new breaking story re-renders the recent pages readers are on rather
 * than an archive of 100,000 (see src/site.ts).
 */
export async function carriesBanner(article: Article): Promise<boolean> {
  bannerReach ??= getPublishedArticles().then(
    (articles) => new Set(bannerCarriers(articles, BANNER_REACH).map(({ id }) => id)),
  );
  return (await bannerReach).has(article.id);
}

let findRelated: Promise<(article: Article) => Article[]> | undefined;

/**
 * Up to RELATED_ARTICLES related articles, for the foot of an article. A build asks for every
 * article's, and gets them all at once, each kept from the last build while nothing it depends
 * on changed (src/lib/related-cache.ts); `astro dev` chooses each page's when it is asked.
 */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  findRelated ??= getPublishedArticles().then((articles) => {
    if (import.meta.env.DEV) return createRelatedFinder(articles, RELATED_ARTICLES);
    const { related } = relatedTable(articles, RELATED_ARTICLES, RELATED_CACHE);
    return (other: Article) => related.get(other.id) ?? [];
  });
  return (await findRelated)(article);
}

/** Shown only in `astro dev`: an article dated after this build's moment, which a production build leaves out. */
export function isScheduled(article: Article): boolean {
  return isScheduledAt(article, buildTime);
}
