import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegration } from 'astro';
import { LINKED_PAGES_VARIABLE, linkedPagesMarker } from '../build-env.ts';

/**
 * The Astro side of `npm run build` linking the live site's unchanged pages into the staging
 * folder (src/lib/unchanged-pages.ts), which it does while Astro starts, syncs and bundles:
 * - pages are not generated before the links are all made (else Astro would copy a page from
 *   its cache that a moment later was linked, or render one over a link being made);
 * - a page that renders removes its link first (the middleware), so it never writes into the
 *   live site.
 * Both are there in every build, doing nothing without `npm run build`'s variable: Astro hashes
 * a page's code, middleware included, and a page whose code differs from the last build's is
 * rendered again.
 */
export function linkedPages(): AstroIntegration {
  const staging = process.env[LINKED_PAGES_VARIABLE];
  return {
    name: 'warta:linked-pages',
    hooks: {
      'astro:config:setup': ({ addMiddleware, updateConfig, command }) => {
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./linked-pages-middleware.ts', import.meta.url), order: 'pre' });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'warta:wait-for-linked-pages',
                // After the bundles are built and before Astro generates the pages (its own
                // generation is a later 'post' step of the same hook).
                buildApp: {
                  order: 'post',
                  handler: async () => {
                    if (staging) await linksMade(staging);
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

async function linksMade(staging: string): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(linkedPagesMarker(staging))) {
    // `npm run build` stopped without finishing the links: stop rather than wait for ever.
    if (process.ppid !== parent) throw new Error('npm run build berhenti sebelum halaman lama selesai ditautkan.');
    await sleep(50);
  }
}
