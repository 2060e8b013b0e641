import { dirname, join } from 'node:path';
import { parsePublishDate } from './lib/dates.ts';
import { SITE } from './site.ts';

/**
 * What the environment can change about a build, read in one place for the site, the CLI
 * scripts and the prewarm alike.
 */

/** The articles' folder (WARTA_CONTENT_DIR: tests and benchmarks build other articles). */
export const CONTENT_DIR = process.env.WARTA_CONTENT_DIR || './content/articles';

/**
 * The writers' files (WARTA_AUTHORS_DIR), one per writer with a page; by default the folder
 * `authors` beside the articles', so content and its writers travel together.
 */
export const AUTHORS_DIR = process.env.WARTA_AUTHORS_DIR || join(dirname(CONTENT_DIR), 'authors');

/** The standing pages (redaksi, kontak): always the project's own. */
export const PAGES_DIR = './content/pages';

/** The site's origin (SITE_URL), for canonical URLs, feeds and share cards. */
export const SITE_URL = process.env.SITE_URL || SITE.url;

/** Where the site lives under its domain (BASE_PATH), "/" at the root. */
export const BASE_PATH = process.env.BASE_PATH || '/';

/**
 * WARTA_BODIES_AS_MDX=1 renders every article body through MDX, even plain Markdown ones
 * (see src/markdown/article-loader.ts): a test builds a site so, and it must come out identical.
 */
export const BODIES_AS_MDX = process.env.WARTA_BODIES_AS_MDX === '1';

/**
 * Set by `npm run build` (src/cli/build.ts) for the Astro build it runs, to the file where
 * Astro leaves its notes (src/integrations/build-notes.ts: the share images, the pages to index,
 * and what the build summary reports). `npm run build` makes the images and the index after
 * Astro exits (see there). Unset, a plain `astro build` makes both itself.
 */
export const BUILD_NOTES_VARIABLE = 'WARTA_BUILD_NOTES';
export const BUILD_NOTES_FILE = process.env[BUILD_NOTES_VARIABLE] || undefined;
export const FINISHED_AFTER_ASTRO = BUILD_NOTES_FILE !== undefined;

/** Astro's cache folder (WARTA_CACHE_DIR); share images are cached inside it. */
export const CACHE_DIR = process.env.WARTA_CACHE_DIR || './node_modules/.astro';
export const SHARE_IMAGE_CACHE = join(CACHE_DIR, 'share-images');
/** What the content check keeps between runs (src/lib/content-check-cache.ts). */
export const CONTENT_CHECK_CACHE = join(CACHE_DIR, 'content-check.json');
/** Each article's related articles as last chosen (src/lib/related-cache.ts). */
export const RELATED_CACHE = join(CACHE_DIR, 'related.json');
/** Each part of the search index as last built, by a digest of its pages (src/integrations/search-index.ts). */
export const SEARCH_INDEX_CACHE = join(CACHE_DIR, 'search-index');

/**
 * The moment of this build, which decides what is published. WARTA_NOW pins it, as a
 * date-time with its offset; anything else stops the build rather than publish a wrong site.
 */
export function buildClock(value = process.env.WARTA_NOW, now = new Date()): Date {
  if (!value) return now;
  const parsed = parsePublishDate(value);
  if (typeof parsed === 'string' || parsed.dateOnly) {
    throw new Error(`WARTA_NOW="${value}" bukan waktu yang valid; tulis misalnya 2024-12-01T12:00:00+07:00`);
  }
  return parsed.instant;
}

/**
 * Set by `npm run build` for the Astro build it runs: the staging folder Astro builds into.
 * Beside Astro, `npm run build` checks the content and links the live site's unchanged pages
 * into that folder; a marker file beside it says each is done (src/integrations/build-gates.ts).
 */
export const STAGING_VARIABLE = 'WARTA_STAGING';
export const contentCheckedMarker = (staging: string) => `${staging}.checked`;
export const linkedPagesMarker = (staging: string) => `${staging}.linked`;
