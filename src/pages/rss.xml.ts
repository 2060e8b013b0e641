import type { APIRoute } from 'astro';
import { siteFeed } from '../feeds.ts';
import { getPublishedArticles } from '../data/articles.ts';
import { articleFeed } from '../data/article-feed.ts';

export const GET: APIRoute = async () => articleFeed(await getPublishedArticles(), siteFeed());
