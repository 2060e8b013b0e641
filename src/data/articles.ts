import { getCollection, type CollectionEntry } from 'astro:content';
import { latestBreaking, publishedNewestFirst, type Visibility } from '../lib/articles';

export type Article = CollectionEntry<'articles'>;

/**
 * What this build may show. `WARTA_NOW` pins the build's clock (ISO date-time), for
 * reproducible builds and for tests of scheduled articles.
 */
const visibility: Visibility = {
  now: process.env.WARTA_NOW ? new Date(process.env.WARTA_NOW) : new Date(),
  preview: import.meta.env.WARTA_PREVIEW === true,
};

let published: Promise<Article[]> | undefined;

/** Every article readers may see in this build, newest first (read once per build). */
export function getPublishedArticles(): Promise<Article[]> {
  published ??= getCollection('articles').then((articles) => publishedNewestFirst(articles, visibility));
  return published;
}

/** The article for the breaking-news banner, if any is breaking. */
export async function getBreakingArticle(): Promise<Article | undefined> {
  return latestBreaking(await getPublishedArticles());
}
