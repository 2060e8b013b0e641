import type { APIRoute } from 'astro';
import { SITE } from '../site';
import { t } from '../i18n/id';
import { paths } from '../paths';
import { getPublishedArticles } from '../data/articles';
import { articleFeed } from '../data/feeds';

export const GET: APIRoute = async () =>
  articleFeed(await getPublishedArticles(), {
    title: t('feed.siteTitle', { site: SITE.name }),
    description: SITE.tagline,
    selfPath: paths.file('rss.xml'),
  });
