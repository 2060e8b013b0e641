import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * many articles it holds. A part whose pages were made from the same as in an earlier build (see
 * digestOf) is not indexed again: it is linked from the live site (`published`) when that site has the same part,
 * else copied from the cache. Linking shares files only between two generations of the
 * published site, never with the cache, and costs a directory entry where a copy costs a file:
 * at 20,000 articles 0.8 s instead of 8 s on the bench machine. Pagefind reads `lang="id"`,
 * stems Indonesian words, and indexes only what is marked `data-pagefind-body`.
 */
export async function indexArticles(
  site: string,
  pages: SearchPages,
  {
    cacheDir = SEARCH_INDEX_CACHE,
    published,
    replaced,
    pagesMadeFrom = new Map(),
  }: {
    cacheDir?: string;
    published?: PublishedIndex;
    /** What the parts `site` holds already were made from (the site the build started from: src/lib/unchanged-pages.ts). */
    replaced?: ShardDigests;
    pagesMadeFrom?: ReadonlyMap<string, string>;
  } = {},
): Promise<{ articles: number; digests: ShardDigests }> {
  const byShard = new Map<string, string[]>();
  for (const [file, shard] of pages) {
    const files = byShard.get(shard) ?? [];
    files.push(file);
    byShard.set(shard, files);
  }
  const shards = shardsNewestFirst(byShard.keys());
  const output = join(site, SEARCH_INDEX_FOLDER);
  await mkdir(output, { recursive: true });
  // What the replaced site left here and this build does not publish goes; a part made from the same pages stays whole.
  if (replaced) {
    for (const name of readdirSync(output)) {
      if (!byShard.has(name)) rmSync(join(output, name), { recursive: true });
    }
  }
  const digests: ShardDigests = {};
  try {
    for (const shard of shards) {
      const files = byShard.get(shard)!.sort();
      // Read one after another: 20,000 reads at once were three times slower.
      const read = (file: string) => readFileSync(join(site, file), 'utf8');
      const digest = digestOf(files, (file) => pagesMadeFrom.get(file) ?? read(file));
      digests[shard] = digest;
      const target = join(output, shard);
      if (replaced && existsSync(target)) {
        if (replaced[shard] === digest) continue;
        rmSync(target, { recursive: true });
      }
      const live = published && join(published.site, SEARCH_INDEX_FOLDER, shard);
      if (live && published.digests[shard] === digest && existsSync(live)) {
        copyTree(live, target, linkSync);
        continue;
      }
      const cached = join(cacheDir, shard, digest);
      if (!existsSync(join(cached, COMPLETE))) await indexShard(files, files.map(read), cached);
      copyTree(cached, target, copyFileSync);
    }
  } finally {
    await close();
  }
  await writeFile(join(output, SEARCH_SHARD_LIST), JSON.stringify(shards));
  await pruneCache(cacheDir, new Set(Object.entries(digests).map(([shard, digest]) => join(cacheDir, shard, digest))));
  return { articles: pages.length, digests };
}

/** Each part of an index by the digest of the pages it was made from (see digestOf). */
export type ShardDigests = Record<string, string>;

/** The live site, and what each part of its index was made from (`npm run build` keeps that beside it, never published). */
export interface PublishedIndex {
  site: string;
  digests: ShardDigests;
}

/** Every file of a folder into another, by `place` (a link or a copy); the marker of a complete cache entry stays behind. */
function copyTree(from: string, to: string, place: (source: string, target: string) => void): void {
  const folders = new Set<string>();
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory() || entry.name === COMPLETE) continue;
    const folder = join(to, entry.parentPath.slice(from.length));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    place(join(entry.parentPath, entry.name), join(folder, entry.name));
  }
}

/**
 * What a part's index is made of: Pagefind's version, and each page's file and what the page was
 * made from (`madeFrom`): what Astro rendered it from when Astro keyed it (src/lib/unchanged-pages.ts),
 * else its bytes. Reading and hashing every page cost 2.5 s of a publish at 20,000 articles.
 */
function digestOf(files: readonly string[], madeFrom: (file: string) => string): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  for (const file of files) hash.update(`\0${file}\0`).update(madeFrom(file));
  return hash.digest('base64url');
}

// Its package.json is not exported: found beside the entry point (lib/index.js).
const PAGEFIND_VERSION = (
  JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

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
  const start = async (dir: URL) => (await indexArticles(fileURLToPath(dir), [...recordedSearchPages()])).articles;
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
