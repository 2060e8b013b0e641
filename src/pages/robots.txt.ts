import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../site-urls.ts';

/** Everything may be crawled; the sitemaps say what there is. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(paths.file('sitemap-index.xml'))}`,
      `Sitemap: ${absoluteUrl(paths.file('news-sitemap.xml'))}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
