/**
 * Draws the share images into the cache while Astro builds, on the core Astro leaves idle: as a
 * low-priority thread of `npm run build` (src/cli/build.ts), or as a low-priority process beside
 * a plain `astro build` (src/integrations/share-images.ts). It reads the same frontmatter
 * through the same schema, so it draws exactly the images the build will ask for. It goes
 * oldest first; when the pages are done, the build draws what is missing in page order (the
 * newest articles first) until they meet. Not needed for correctness, only for speed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { publishedNewestFirst } from '../lib/articles.ts';
import { cachedShareImageFiles } from '../lib/share-image.ts';
import { articleShareText, siteShareText } from '../lib/share-image-text.ts';
import { buildClock, CONTENT_DIR, SHARE_IMAGE_CACHE, SITE_URL } from '../build-env.ts';
import { frontmatterText, withDatesAsWritten } from '../lib/frontmatter.ts';

// Low priority, so the prewarm takes only the CPU that Astro, and later Pagefind, leave idle. On
// Linux this lowers the calling thread and the threads it starts from now on (sharp's among
// them), not the process that runs it: in `npm run build`, whose main thread starts Pagefind.
setPriority(10);

const now = buildClock();
const schema = articleSchema(() => z.unknown());

const files = (readdirSync(CONTENT_DIR, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    // Read as Astro reads it (default YAML schema, then dates as written), so the text matches.
    const source = readFileSync(join(CONTENT_DIR, file), 'utf8');
    const frontmatter = frontmatterText(source);
    const data =
      frontmatter === undefined
        ? undefined
        : withDatesAsWritten(yaml.load(frontmatter) as Record<string, unknown>, source);
    const parsed = data === undefined ? undefined : schema.safeParse(data);
    return parsed?.success ? [{ id: file, data: parsed.data }] : [];
  });
const oldestFirst = publishedNewestFirst(files, { now, preview: false }).reverse();

await cachedShareImageFiles(
  [siteShareText(SITE_URL), ...oldestFirst.map(({ data }) => articleShareText(data, SITE_URL))],
  SHARE_IMAGE_CACHE,
);
