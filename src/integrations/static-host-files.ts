import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, type TopLevelEntry } from '../lib/headers.ts';
import { redirectsFile } from '../lib/aliases.ts';
import { recordedRedirects } from '../lib/build-registry.ts';
import { SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER } from '../lib/paths.ts';

/**
 * Folders written after this hook: by `npm run build` once Astro has exited (src/cli/build.ts),
 * or in a plain `astro build` by the integrations that finish after this one.
 */
const ADDED_LATER: TopLevelEntry[] = [SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER].map((name) => ({ name, folder: true }));

/**
 * Writes `_headers` (security and caching) and, when articles have aliases, `_redirects`, for
 * Netlify and Cloudflare Pages, into every build, under the configured base.
 */
export function staticHostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'warta:static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        // Renamed articles' old addresses, first, so _headers below covers the file like any other.
        const redirects = recordedRedirects();
        if (redirects.length) await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        const built = (await readdir(dir, { withFileTypes: true })).map((entry) => ({
          name: entry.name,
          folder: entry.isDirectory(),
        }));
        const names = new Set(built.map((entry) => entry.name));
        const topLevel = [...built, ...ADDED_LATER.filter((entry) => !names.has(entry.name))];
        await writeFile(new URL('_headers', dir), headersFile(base, topLevel));
      },
    },
  };
}
