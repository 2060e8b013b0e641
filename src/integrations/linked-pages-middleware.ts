import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { BASE_PATH, STAGING_VARIABLE } from '../build-env.ts';

/** The staging folder `npm run build` may have linked the live site's unchanged pages into. */
const linkedPagesIn = process.env[STAGING_VARIABLE];

/**
 * A page about to render may be a hard link to the live site's copy (src/lib/unchanged-pages.ts).
 * Astro writes a rendered page over whatever file is there, which through a link would change
 * the live site mid-build: the link goes first, so the rendered page is a new file. Pages are
 * folders (trailingSlash: 'always'), so a page's file is its path's index.html; the base path
 * is not part of the folder layout.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (linkedPagesIn && context.isPrerendered && context.url.pathname.endsWith('/')) {
    const path = decodeURIComponent(context.url.pathname).slice(BASE_PATH.replace(/\/$/, '').length);
    rmSync(join(linkedPagesIn, path, 'index.html'), { force: true });
  }
  return next();
});
