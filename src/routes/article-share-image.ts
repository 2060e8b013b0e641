import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';
import { getPublishedArticles, type Article } from '../data/articles.ts';
import { shareImageResponse } from '../data/share-images.ts';
import { articleShareText } from '../lib/share-image.ts';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths;

/**
 * An article's 1200×630 share image, drawn on request in `astro dev` only; a build writes them
 * all when it is done instead (src/integrations/share-images.ts).
 */
export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { article: Article }).article;
  return shareImageResponse(
    articleShareText({ title: data.title, sectionName: t(`section.${data.section}`) }, { name: SITE.name, url: import.meta.env.SITE }),
  );
};
