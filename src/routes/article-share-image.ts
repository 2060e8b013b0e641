import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../data/articles.ts';
import { shareImageResponse } from '../data/share-images.ts';
import { articleShareText } from '../lib/share-image-text.ts';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({
    params: { id: article.id },
    props: { article },
  }))) satisfies GetStaticPaths;

/**
 * An article's 1200×630 share image, drawn on request in `astro dev` only; a build writes them
 * all when it is done instead (src/integrations/share-images.ts).
 */
export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { article: Article }).article;
  return shareImageResponse(articleShareText(data, import.meta.env.SITE));
};
