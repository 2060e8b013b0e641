import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../site.ts';
import { t } from '../../../i18n/id.ts';
import { getPublishedArticles, type Article } from '../../../data/articles.ts';
import { shareImageResponse } from '../../../data/share-images.ts';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths;

/** The 1200×630 picture chat apps and social networks show for an article. */
export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { article: Article }).article;
  return shareImageResponse({
    headline: data.title,
    kicker: t(`section.${data.section}`),
    siteName: SITE.name,
    footer: new URL(import.meta.env.SITE).host,
  });
};
