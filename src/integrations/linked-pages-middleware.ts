import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { BASE_PATH, STAGING_VARIABLE } from '../build-env.ts';
import { pageFileOf } from '../lib/paths.ts';

/** The staging folder `npm run build` may have linked the live site's unchanged pages into. */
const linkedPagesIn = process.env[STAGING_VARIABLE];

/**
 * A page about to render may be a hard link to the live site's copy (src/lib/unchanged-pages.ts).
 * Astro writes a rendered page over whatever file is there, which through a link would change
 * the live site mid-build: the link goes first, so the rendered page is a new file (its file
 * from its address: pageFileOf in src/lib/paths.ts).
 */
export const onRequest = defineMiddleware((context, next) => {
  const file = context.isPrerendered ? pageFileOf(context.url.pathname, BASE_PATH) : undefined;
  if (linkedPagesIn && file) rmSync(join(linkedPagesIn, file), { force: true });
  return next();
});
