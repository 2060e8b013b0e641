import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegration } from 'astro';
import { contentCheckedMarker, linkedPagesMarker, STAGING_VARIABLE } from '../build-env.ts';
import { readCacheFile } from '../lib/cache-file.ts';
import { removeLeftoverLinks, type LinkedPages } from '../lib/unchanged-pages.ts';

/**
 * `npm run build` (src/cli/build.ts) starts Astro at once and, beside it, checks the content and
 * links the live site's unchanged pages into the staging folder; Astro's start-up (about 5 s at
 * 20,000 articles) hides both. Astro waits for each where it needs it, told by a marker file
 * beside the staging folder:
 * - the content check, before Astro reads any article: a mistake is reported in the editors'
 *   format (src/lib/content-problems.ts) and Astro is stopped before it says anything;
 * - the links, before Astro generates pages (src/lib/unchanged-pages.ts): else Astro would copy
 *   a page from its cache that is linked a moment later, or render one over a link being made.
 * A page that renders removes its link first (the middleware), so it never writes into the
 * live site. The middleware and the waits are there in every build, doing nothing without
 * `npm run build`: Astro hashes a page's code, middleware included, and a page whose code
 * differs from the last build's is rendered again.
 */
export function buildGates(): AstroIntegration {
  const staging = process.env[STAGING_VARIABLE];
  return {
    name: 'warta:build-gates',
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
                    if (staging) await markerAppears(linkedPagesMarker(staging));
                  },
                },
              },
            ],
          },
        });
      },
      // Before the content is synced.
      'astro:config:done': async () => {
        if (staging) await markerAppears(contentCheckedMarker(staging));
      },
      // First of the integrations' last steps, which list or read the built files (the
      // _headers rules, the unreferenced pictures): a linked page this build did not make (an
      // article taken down or made a draft) goes before they see it, as a cold build never had it.
      'astro:build:done': ({ dir, assets }) => {
        const linked = staging ? readCacheFile<LinkedPages>(linkedPagesMarker(staging)) : undefined;
        if (!linked) return;
        const site = fileURLToPath(dir);
        const made = new Set([...assets.values()].flat().map((file) => relative(site, fileURLToPath(file))));
        removeLeftoverLinks(linked.files, linked.site, site, made);
      },
    },
  };
}

async function markerAppears(marker: string): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(marker)) {
    // `npm run build` stopped without a word: stop rather than wait for ever.
    if (process.ppid !== parent) throw new Error('npm run build berhenti sebelum build ini siap.');
    await sleep(20);
  }
}
