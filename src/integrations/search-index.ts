import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into `pagefind/` of every production build, whatever
 * the output folder. Pagefind reads `lang="id"` from the pages and stems Indonesian words,
 * and indexes only what is marked `data-pagefind-body` (article pages).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'warta:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Only article pages carry data-pagefind-body; reading the others would find nothing.
        const added = await index.addDirectory({ path: site, glob: 'berita/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`search index built from ${added.page_count} articles`);
      },
    },
  };
}
