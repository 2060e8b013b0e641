import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { FINISHED_AFTER_ASTRO } from '../build-env.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/paths.ts';

/**
 * Builds the Pagefind search index of a built site into its `pagefind/` folder and returns
 * how many articles it holds. Pagefind reads `lang="id"` from the pages and stems Indonesian
 * words, and indexes only what is marked `data-pagefind-body` (article pages).
 */
export async function indexArticles(site: string): Promise<number> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Only article pages carry data-pagefind-body; reading the others would find nothing.
  const added = await index.addDirectory({ path: site, glob: 'berita/**/*.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_FOLDER) });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return added.page_count;
}

/**
 * The search index for a plain `astro build`, whatever the output folder; `npm run build`
 * makes it itself, after Astro (see src/cli/build.ts). Pagefind starts as soon as the pages
 * are written and runs in its own process while the integrations listed before this one
 * finish the build; it is awaited last (list it last).
 */
export function searchIndex(): AstroIntegration {
  if (FINISHED_AFTER_ASTRO) return { name: 'warta:search-index', hooks: {} };
  let indexing: Promise<number> | undefined;
  return {
    name: 'warta:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexArticles(fileURLToPath(dir));
        // Handled when awaited below; this only keeps an early failure from being reported twice.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        indexing ??= indexArticles(fileURLToPath(dir));
        logger.info(`search index built from ${await indexing} articles`);
        indexing = undefined;
      },
    },
  };
}
