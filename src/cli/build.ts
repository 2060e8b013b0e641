/**
 * `npm run build`: builds into a staging folder and swaps it into place only when the whole
 * build succeeded, so dist/ always holds a complete site (the last good one) and never a
 * half-written one that could be deployed by mistake. Extra arguments go to `astro build`.
 *
 * Astro builds the pages while the share-image prewarm draws on the idle core. Once Astro has
 * exited, the search index and the rest of the share images are made side by side: Pagefind
 * holds as much memory again as Astro does at the end of a big build (1.4 GB at 5,000
 * articles), so one after the other the peak is the larger of the two rather than the sum, and
 * Pagefind, which works on one core, leaves the other to the images.
 *
 * Before anything else a build takes the output folder's lock (a second build at once stops
 * with a message), puts back the last complete site if a build was killed mid-swap, and
 * deletes damaged pictures from Astro's image cache so none is published empty.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  opendirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { enableCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';
import { publishShareImages, type ShareImageSources } from '../integrations/share-images.ts';
import type { BuildNotes } from '../integrations/build-notes.ts';
import type { ShardDigests } from '../integrations/search-index.ts';
import {
  BUILD_NOTES_VARIABLE,
  CACHE_DIR,
  contentCheckedMarker,
  linkedPagesMarker,
  SHARE_IMAGE_CACHE,
  STAGING_VARIABLE,
} from '../build-env.ts';
import type { ContentReport } from '../lib/content-check.ts';
import { formatProblem, formatProblems } from '../lib/content-problems.ts';
import { buildSummary } from '../lib/build-summary.ts';
import { takeLock } from '../lib/build-lock.ts';
import { swapRecovery } from '../lib/site-swap.ts';
import {
  astroManifestFile,
  keyedPages,
  linkPages,
  manifestDigest,
  removeEmptyFolders,
  reuseReplacedSite,
  type LinkedPages,
} from '../lib/unchanged-pages.ts';
import { removeDamagedImages } from '../lib/whole-image.ts';
import { readCacheFile, writeWhole } from '../lib/cache-file.ts';
import { SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER } from '../lib/paths.ts';

const outDir = resolve(process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
// Beside the staging folder, not in it: the notes are the build's own, never published.
const notesFile = `${outDir}.notes.json`;
// Written once the staging folder holds a whole site, removed once it is in place.
const stagingComplete = `${staging}.complete`;
const lockFile = `${outDir}.lock`;
// Written beside the staging folder for Astro, which waits for them (src/integrations/build-gates.ts).
const markers = [contentCheckedMarker(staging), linkedPagesMarker(staging)];
// What the live site's pages, search index and share images were made from, so the next build
// can link what did not change from it (never published; removed while the site is swapped).
const madeFromFile = `${outDir}.made-from.json`;
// The site the last build replaced, kept for the next build to start from (reuseReplacedSite),
// and its note. Not dist.previous, which holds the live site only while the swap runs and is
// put back when a swap was cut short: a kept folder must never be mistaken for a complete site.
const reusable = `${outDir}.reusable`;
const reusableMadeFromFile = `${reusable}.made-from.json`;
interface MadeFrom {
  /** The digest of Astro's incremental-build manifest that describes the live site's pages. */
  pages: string | undefined;
  searchIndex: ShardDigests;
  shareImages: ShareImageSources;
}
const astroManifest = astroManifestFile(CACHE_DIR);
const args = process.argv.slice(2);

mkdirSync(dirname(outDir), { recursive: true });
const lock = takeLock(lockFile);
if (!lock.taken) {
  // Nothing touched yet: the other build's staging folder and dist/ stay as they are.
  console.error(
    `Build lain (proses ${lock.holder}) sedang menulis ${outDir}. Tunggu sampai selesai, lalu jalankan lagi. ` +
      `Jika proses ${lock.holder} bukan build Warta, hapus ${lockFile}.`,
  );
  process.exit(1);
}
process.on('exit', lock.release);

recoverInterruptedSwap();

for (const name of readdirSync(dirname(outDir))) {
  if (name.startsWith(`${basename(outDir)}.trash-`)) deleteAfterExit(join(dirname(outDir), name));
}
// Astro copies a cached picture into the site without a look: an emptied or cut file would be published as it is.
const damaged = removeDamagedImages(join(CACHE_DIR, 'assets'));
if (damaged.length > 0) console.log(`Cache gambar: ${damaged.length} berkas rusak dihapus dan akan dibuat ulang.`);

// Rolldown, Astro's compiler and Skia allocate with mimalloc, which by default keeps freed pages
// for a while and commits whole arenas up front. Returning them at once costs no measurable time
// and lowers the build's peak memory by about 150 MB at 1,000 articles (bench/RESULTS.md).
// Set before the children start: mimalloc reads them once, when it loads.
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
// Node keeps the code it compiled (Astro's, Vite's, the site's) between builds, in the cache
// folder: Astro and the content check compile about a second of it at every start.
process.env.NODE_COMPILE_CACHE ??= resolve(CACHE_DIR, 'node-compile-cache');
enableCompileCache(process.env.NODE_COMPILE_CACHE);

setStagingAside();
const live = existsSync(outDir) ? readCacheFile<MadeFrom>(madeFromFile) : undefined;
// The live site's unchanged pages are linked into the staging folder (src/lib/unchanged-pages.ts),
// only when the live site is the one Astro's manifest describes. The site the last build
// replaced, kept for this, becomes the staging folder with the folders it already has.
const linking = live?.pages !== undefined && live.pages === manifestDigest(astroManifest);
const reusing = linking && existsSync(reusable);
// What the reuse clears out of it, deleted once the new site is in place.
const clearedOut = `${outDir}.trash-${process.pid}-reused`;
// With the note of what it was made from, its search index parts and share images stay too,
// for the steps after Astro to keep or replace.
const replaced = reusing ? readCacheFile<MadeFrom>(reusableMadeFromFile) : undefined;
rmSync(reusableMadeFromFile, { force: true });
if (reusing) renameSync(reusable, staging);
else if (existsSync(reusable)) deleteAfterExit(reusable);
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ...process.env, [BUILD_NOTES_VARIABLE]: notesFile, [STAGING_VARIABLE]: staging },
});
const astroExit = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));

// Beside Astro's start-up, which waits for it before reading any article
// (src/integrations/build-gates.ts): the content check `npm run check:content` runs
// (src/lib/content-check.ts). Every mistake in every article at once, in the editors' format,
// and nothing built or published. In a thread of its own, so the memory it reads the articles
// with is gone before Astro reads them.
const contentChecked = new Promise<ContentReport>((done, failed) => {
  const check = new Worker(new URL('./check-content-worker.ts', import.meta.url));
  check.once('message', done);
  check.once('error', failed);
  check.once('exit', (code) => failed(new Error(`Pemeriksaan konten berhenti tanpa hasil (kode ${code}).`)));
});
contentChecked.then(
  async (content) => {
    if (content.problems.length === 0) return writeFileSync(contentCheckedMarker(staging), '');
    astro.kill();
    console.error(formatProblems(content.problems, args.includes('--verbose')));
    // The links being made go into the staging folder: it goes once they are done.
    await linkedPages.catch(() => {});
    setStagingAside();
    const files = new Set(content.problems.map(({ file }) => file)).size;
    console.error(
      `\nBuild gagal: ${content.problems.length} masalah di ${files} berkas, tidak ada yang diterbitkan. ${lastGoodSite()}`,
    );
    process.exit(1);
  },
  (error: unknown) => {
    astro.kill();
    fail(1, error);
  },
);

// Beside Astro too, which generates no page before they are made: the live site's unchanged
// pages linked into the staging folder. The replaced site is cleared first, in one go before
// anything waits on a promise: the content check's marker, which Astro waits for before it
// writes anything, cannot be written until this has run.
const pagesToLink = linking ? new Set(keyedPages(astroManifest).keys()) : new Set<string>();
let reused: ReturnType<typeof reuseReplacedSite> = { inPlace: [], emptied: [] };
try {
  if (reusing) {
    const judgedLater = new Set(replaced ? [SEARCH_INDEX_FOLDER, SHARE_IMAGE_FOLDER] : []);
    reused = reuseReplacedSite(staging, outDir, pagesToLink, clearedOut, judgedLater);
  }
} catch (error) {
  astro.kill();
  fail(1, error);
}
for (const page of reused.inPlace) pagesToLink.delete(page);
const linkedPages = linkPages([...pagesToLink], outDir, staging).then((linked) => {
  const files = [...reused.inPlace, ...linked];
  // Astro reads it when it has made the pages, to remove the ones it no longer makes (build-gates.ts).
  writeWhole(linkedPagesMarker(staging), JSON.stringify({ site: outDir, files } satisfies LinkedPages));
  return files;
});
linkedPages.catch((error: unknown) => {
  astro.kill();
  fail(1, error);
});

// The prewarm draws share images on the core Astro leaves idle, in a low-priority thread of
// this otherwise idle process rather than a process of its own (a Node process of its own cost
// 60 MB more at the peak). Only when the image cache is empty: with a warm cache the few new
// images are drawn after Astro, and reading every article's frontmatter to find them would cost
// more than drawing them (about 20 s of a core at 100,000 articles).
const prewarm = isEmpty(SHARE_IMAGE_CACHE)
  ? new Worker(new URL('./prewarm-share-images.ts', import.meta.url), { stdout: true })
  : undefined;
// Only a head start: if it fails, the build draws what is missing and reports any real problem.
prewarm?.on('error', () => {});

/** A build killed between the swap's two renames left no dist/: the last complete site goes back first. */
function recoverInterruptedSwap(): void {
  const recovery = swapRecovery({
    site: existsSync(outDir),
    previous: existsSync(previous),
    staging: existsSync(staging),
    stagingComplete: existsSync(stagingComplete),
  });
  if (recovery === 'finish') renameSync(staging, outDir);
  if (recovery === 'restore') renameSync(previous, outDir);
  if (recovery !== 'none')
    console.log(
      `${outDir} dipulihkan dari build terakhir yang lengkap (build sebelumnya terhenti saat menukar folder).`,
    );
  rmSync(stagingComplete, { force: true });
  // With a site in place, the one a cut swap left aside is of no more use.
  if (existsSync(outDir) && existsSync(previous)) deleteAfterExit(previous);
}

/**
 * Deletes a folder in a process of its own, which outlives this build: deleting tens of
 * thousands of files cost seconds of every publish (at 20,000 articles about 7 s on the bench
 * machine). Renamed first, so the name is free at once; a deletion cut short is finished by
 * the next build the same way.
 */
function deleteAfterExit(dir: string): void {
  const trash = `${outDir}.trash-${process.pid}-${Date.now()}`;
  renameSync(dir, trash);
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', remove, trash], { detached: true, stdio: 'ignore' }).unref();
}

/** `folder` (relative to `root`) and every folder under it, relative to `root`; none when it is missing. */
function foldersUnder(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  const under = readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  return [folder, ...under];
}

function isEmpty(dir: string): boolean {
  if (!existsSync(dir)) return true;
  const entries = opendirSync(dir);
  const first = entries.readSync();
  entries.closeSync();
  return first === null;
}

/**
 * Clears away the staging folder of a build that did not finish, and what a build leaves beside
 * it (Astro's notes, the markers Astro waits for). The folder becomes the next build's start
 * when there is none (reuseReplacedSite keeps nothing of it that is not the live site's, and
 * without a note of what it was made from, none of its search index or share images), else it
 * is deleted in a process of its own: either way an editor's mistake is reported without
 * waiting for tens of thousands of files to be deleted.
 */
function setStagingAside(): void {
  if (existsSync(staging)) {
    if (existsSync(reusable)) {
      deleteAfterExit(staging);
    } else {
      rmSync(reusableMadeFromFile, { force: true });
      renameSync(staging, reusable);
    }
  }
  for (const file of [notesFile, ...markers]) rmSync(file, { force: true });
}

function fail(status: number, reason?: unknown): never {
  void prewarm?.terminate();
  setStagingAside();
  if (reason) console.error(reason);
  console.error(`\nBuild gagal: tidak ada yang diterbitkan. ${lastGoodSite()}`);
  process.exit(status);
}

function lastGoodSite(): string {
  return existsSync(outDir) ? `${outDir} masih berisi build terakhir yang berhasil.` : `${outDir} tidak dibuat.`;
}

const status = await astroExit;
let madeFrom: MadeFrom | undefined;
if (status !== 0) fail(status);

try {
  const notes = JSON.parse(readFileSync(notesFile, 'utf8')) as BuildNotes;
  rmSync(notesFile);
  const pagesMadeFrom = keyedPages(astroManifest);
  // Astro's last step removed the linked pages it no longer makes (build-gates.ts), which may
  // leave their folders empty.
  const notKept = (await linkedPages).filter((file) => !pagesMadeFrom.has(file));
  // Pagefind's module only now, so it does not sit in memory while Astro runs.
  const { indexArticles } = await import('../integrations/search-index.ts');
  const [{ articles, digests }, imageSources] = await Promise.all([
    indexArticles(staging, notes.searchPages, {
      published: live && { site: outDir, digests: live.searchIndex },
      replaced: replaced?.searchIndex,
      pagesMadeFrom,
    }),
    publishShareImages(
      notes.shareImages,
      staging,
      live && { site: outDir, sources: live.shareImages },
      replaced?.shareImages,
    ),
  ]);
  // Folders the reuse, the leftover links or the share images' judging may have emptied.
  const imageFolders = replaced ? foldersUnder(staging, SHARE_IMAGE_FOLDER) : [];
  removeEmptyFolders(staging, [...reused.emptied, ...notKept.map((file) => dirname(file)), ...imageFolders]);
  madeFrom = { pages: manifestDigest(astroManifest), searchIndex: digests, shareImages: imageSources };
  await prewarm?.terminate();
  if (!args.includes('--silent'))
    console.log(`Indeks pencarian: ${articles} artikel; gambar pratinjau tautan: ${notes.shareImages.length}`);
  // The summary editors read (src/lib/build-summary.ts). The list of article addresses beside
  // dist/ is what the next build compares with, to name every address that went missing.
  const articleList = `${outDir}.articles.json`;
  const previousPaths = existsSync(articleList)
    ? (JSON.parse(readFileSync(articleList, 'utf8')) as string[])
    : undefined;
  const redirected = notes.redirects.map(({ from }) => from);
  const warnings = (await contentChecked).warnings.map((warning) => formatProblem(warning));
  console.log(`\n${buildSummary({ census: notes.articles, warnings, previous: previousPaths, redirected })}\n`);
  writeFileSync(
    articleList,
    `${JSON.stringify(
      notes.articles.published.map(({ path }) => path),
      null,
      1,
    )}\n`,
  );
} catch (error) {
  fail(1, error);
}

for (const marker of markers) rmSync(marker, { force: true });
writeFileSync(stagingComplete, '');
rmSync(previous, { recursive: true, force: true });
// Gone while the site changes, so a build killed in between never trusts a note about another site.
rmSync(madeFromFile, { force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(stagingComplete);
writeWhole(madeFromFile, JSON.stringify(madeFrom));
// The replaced site, which the live note described, is kept (with that note) for the next build.
if (existsSync(previous)) {
  if (existsSync(reusable)) deleteAfterExit(reusable);
  renameSync(previous, reusable);
  if (live) writeWhole(reusableMadeFromFile, JSON.stringify(live));
}
// The replaced site stays, as the next build's start (reuseReplacedSite); what this build
// cleared out of it goes now.
if (existsSync(clearedOut)) deleteAfterExit(clearedOut);
