import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, type TopLevelEntry } from '../lib/headers.ts';
import { SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER } from '../lib/paths.ts';
import { SHARE_IMAGE_LIST } from './share-images.ts';

/** Folders that `npm run build` adds after Astro is done (src/cli/build.ts). */
const ADDED_LATER: TopLevelEntry[] = [SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER].map((name) => ({ name, folder: true }));

/** Writes `_headers` (security and caching, for Netlify and Cloudflare Pages) into every build, under the configured base. */
export function staticHostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'warta:static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        // The share-image list is the build's own note, removed before the site is published.
        const built = (await readdir(dir, { withFileTypes: true }))
          .filter((entry) => entry.name !== SHARE_IMAGE_LIST)
          .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const names = new Set(built.map((entry) => entry.name));
        const topLevel = [...built, ...ADDED_LATER.filter((entry) => !names.has(entry.name))];
        await writeFile(new URL('_headers', dir), headersFile(base, topLevel));
      },
    },
  };
}
