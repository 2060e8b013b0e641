import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { recordedSearchPages } from '../lib/build-registry.ts';
import { SEARCH_INDEX_FOLDER, SEARCH_SHARD_LIST } from '../lib/paths.ts';
import { shardsNewestFirst } from '../lib/search-shards.ts';
import { FINISHED_AFTER_ASTRO, SEARCH_INDEX_CACHE } from '../build-env.ts';

/** Article pages for the index: each page's file in the built site, and its part of the index (src/lib/search-shards.ts). */
export type SearchPages = [file: string, shard: string][];

/** Written last into a cached part: a part without it was cut short and is built again. */
const COMPLETE = '.selesai';

/**
 * Builds the Pagefind search index of a built site into its `pagefind/` folder, one index per
 * part (src/lib/search-shards.ts) plus the list of parts the search page merges, and returns how
 * many articles it holds. A part whose pages are byte for byte those of an earlier build is
 * copied from the cache instead of indexed again. Pagefind reads `lang="id"` from the pages,
 * stems Indonesian words, and indexes only what is marked `data-pagefind-body`.
 */
export async function indexArticles(site: string, pages: SearchPages, cacheDir = SEARCH_INDEX_CACHE): Promise<number> {
  const byShard = new Map<string, string[]>();
  for (const [file, shard] of pages) byShard.set(shard, [...(byShard.get(shard) ?? []), file]);
  const shards = shardsNewestFirst(byShard.keys());
  const output = join(site, SEARCH_INDEX_FOLDER);
  await mkdir(output, { recursive: true });
  const kept = new Set<string>();
  try {
    for (const shard of shards) {
      const files = byShard.get(shard)!.sort();
      const contents = await Promise.all(files.map((file) => readFile(join(site, file), 'utf8')));
      const cached = join(cacheDir, shard, digestOf(files, contents));
      kept.add(cached);
      if (!existsSync(join(cached, COMPLETE))) await indexShard(files, contents, cached);
      await cp(cached, join(output, shard), { recursive: true, filter: (source) => !source.endsWith(COMPLETE) });
    }
  } finally {
    await close();
  }
  await writeFile(join(output, SEARCH_SHARD_LIST), JSON.stringify(shards));
  await pruneCache(cacheDir, kept);
  return pages.length;
}

/** What a part's index is made of: Pagefind's version, and each page's file and bytes. */
function digestOf(files: readonly string[], contents: readonly string[]): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  files.forEach((file, index) => hash.update(`\0${file}\0`).update(contents[index]!));
  return hash.digest('base64url');
}

// Its package.json is not exported: found beside the entry point (lib/index.js).
const PAGEFIND_VERSION = (JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

async function indexShard(files: readonly string[], contents: readonly string[], target: string): Promise<void> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const [position, file] of files.entries()) {
    const added = await index.addHTMLFile({ sourcePath: file, content: contents[position]! });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
  }
  const partial = `${target}.tmp`;
  await rm(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await writeFile(join(partial, COMPLETE), '');
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
}

/** Keeps only the parts this build used, so the cache does not grow with every edit. */
async function pruneCache(cacheDir: string, kept: ReadonlySet<string>): Promise<void> {
  for (const shard of await readdir(cacheDir).catch(() => [])) {
    for (const digest of await readdir(join(cacheDir, shard)).catch(() => [])) {
      const entry = join(cacheDir, shard, digest);
      if (!kept.has(entry)) await rm(entry, { recursive: true, force: true });
    }
  }
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
  const start = (dir: URL) => indexArticles(fileURLToPath(dir), [...recordedSearchPages()]);
  return {
    name: 'warta:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = start(dir);
        // Handled when awaited below; this only keeps an early failure from being reported twice.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        indexing ??= start(dir);
        logger.info(`search index built from ${await indexing} articles`);
        indexing = undefined;
      },
    },
  };
}
