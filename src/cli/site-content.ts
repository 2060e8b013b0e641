import { AUTHORS_DIR, buildClock, CONTENT_CHECK_CACHE, CONTENT_DIR, PAGES_DIR } from '../build-env.ts';
import { checkContent, type ContentReport } from '../lib/content-check.ts';

/** The content check over this site's folders and at the build's moment: `npm run check:content` and `npm run build` alike. */
export function checkSiteContent(): Promise<ContentReport> {
  return checkContent(CONTENT_DIR, buildClock(), {
    cacheFile: CONTENT_CHECK_CACHE,
    authorsDir: AUTHORS_DIR,
    pagesDir: PAGES_DIR,
  });
}
