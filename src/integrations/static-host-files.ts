import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/headers.ts';

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
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
