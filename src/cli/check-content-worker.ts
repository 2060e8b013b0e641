/**
 * The content check as a thread of `npm run build` (src/cli/build.ts): its memory (every
 * article read, 400 MB at 20,000 articles on a cold cache) is returned when the thread ends,
 * instead of staying with the build's process while Astro, the largest user, runs.
 */
import { parentPort } from 'node:worker_threads';
import { AUTHORS_DIR, buildClock, CONTENT_CHECK_CACHE, CONTENT_DIR, PAGES_DIR } from '../build-env.ts';
import { checkContent } from '../lib/content-check.ts';

parentPort!.postMessage(
  await checkContent(CONTENT_DIR, buildClock(), {
    cacheFile: CONTENT_CHECK_CACHE,
    authorsDir: AUTHORS_DIR,
    pagesDir: PAGES_DIR,
  }),
);
