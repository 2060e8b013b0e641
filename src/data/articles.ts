import { getCollection, type CollectionEntry } from 'astro:content';
import { isScheduled as isScheduledAt, latestBreaking, publishedNewestFirst, type Visibility } from '../lib/articles.ts';
import { createRelatedFinder } from '../lib/related.ts';
import { buildClock } from '../build-env.ts';

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
  published ??= getCollection('articles').then((articles) => publishedNewestFirst(articles, visibility));
  return published;
}

/** The article for the breaking-news banner, if any is breaking at this build's moment. */
export async function getBreakingArticle(): Promise<Article | undefined> {
  return latestBreaking(await getPublishedArticles(), buildTime);
}

let findRelated: Promise<(article: Article) => Article[]> | undefined;

/** Up to four related articles, for the foot of an article (the index is built once per build). */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  findRelated ??= getPublishedArticles().then((articles) => createRelatedFinder(articles));
  return (await findRelated)(article);
}

/** Shown only in `astro dev`: an article dated after this build's moment, which a production build leaves out. */
export function isScheduled(article: Article): boolean {
  return isScheduledAt(article, buildTime);
}
