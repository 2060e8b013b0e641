import { readdir, readFile, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emittedOriginals, referencedAssetNames } from '../lib/unreferenced-assets.ts';

/** Files that cannot refer to an asset by name: pictures, fonts, the search index's binary parts. */
const BINARY = new Set([
  '.avif',
  '.gif',
  '.ico',
  '.jpeg',
  '.jpg',
  '.pf_fragment',
  '.pf_index',
  '.pf_meta',
  '.png',
  '.webp',
  '.woff',
  '.woff2',
  '.wasm',
]);

/**
 * Deletes every picture original in the assets folder that no built file refers to: nothing
 * of an unpublished article may reach the site, and Astro emits a draft's or a scheduled
 * article's lead picture whole (src/lib/unreferenced-assets.ts). Originals a page does use
 * stay. Runs before the integrations that list the built files.
 */
export function unreferencedAssets(): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'warta:unreferenced-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const assets = join(site, assetsFolder);
        const originals = emittedOriginals(await readdir(assets).catch(() => []));
        if (originals.length === 0) return;
        const referenced = new Set<string>();
        for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || BINARY.has(extname(entry.name).toLowerCase())) continue;
          const text = await readFile(join(entry.parentPath, entry.name), 'latin1');
          for (const name of referencedAssetNames(text, assetsFolder)) referenced.add(name);
        }
        const unreferenced = originals.filter((name) => !referenced.has(name));
        await Promise.all(unreferenced.map((name) => unlink(join(assets, name))));
        if (unreferenced.length > 0) logger.info(`${unreferenced.length} gambar asli tanpa rujukan dihapus`);
      },
    },
  };
}
