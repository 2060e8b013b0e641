import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';
import { paths } from '../paths.ts';
import { getPublishedArticles } from '../data/articles.ts';
import { articleFeed } from '../data/feeds.ts';

export const GET: APIRoute = async () =>
  articleFeed(await getPublishedArticles(), {
    title: t('feed.siteTitle', { site: SITE.name }),
    description: t('site.tagline'),
    selfPath: paths.file('rss.xml'),
  });
