import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';
import { inNewsWindow, newsSitemapXml } from '../lib/news-sitemap.ts';
import { absoluteUrl, paths } from '../site-urls.ts';
import { buildTime, getPublishedArticles } from '../data/articles.ts';

/** Google News sitemap: the articles of the last two days before this build. */
export const GET: APIRoute = async () => {
  const entries = (await getPublishedArticles()).map((article) => ({
    url: absoluteUrl(paths.article(article.id)),
    title: article.data.title,
    published: article.data.pubDate.iso,
    publishedAt: article.data.pubDate.instant,
  }));
  // Newest first, so the first entry is the newest article.
  const whenEmpty = entries[0]?.url ?? absoluteUrl(paths.home());
  const xml = newsSitemapXml(inNewsWindow(entries, buildTime), { name: SITE.name, language: SITE.lang }, whenEmpty);
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
