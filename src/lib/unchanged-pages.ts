import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { link } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { folderMaker } from './folders.ts';

/**
 * Publishing one story into a large archive leaves almost every page as it was. Astro's
 * incremental build knows which (a page's cache key and code unchanged), but it copies each of
 * them from its cache into the new site: at 20,000 articles about 19 s of a 46 s publish, on
 * this machine's disk. `npm run build` instead hard-links every page Astro keyed last time from
 * the live site into the staging folder while Astro starts (src/integrations/build-gates.ts
 * holds the pages back until the links are made); Astro finds an unchanged page already in
 * place and leaves it ("cached"), which costs a link rather than a copy.
 *
 * Two things keep that safe:
 * - a page Astro renders again must not write through the link into the live site: the
 *   middleware (src/integrations/linked-pages-middleware.ts) removes the link before the page renders, so Astro writes
 *   a new file;
 * - a linked page that Astro no longer makes (an article deleted or moved) must not stay:
 *   once Astro has made the pages, and before the integrations that list the built files,
 *   every link that is still the live site's file and that Astro did not make again is
 *   removed (`removeLeftoverLinks`, called from src/integrations/build-gates.ts).
 * The live site must be the one Astro's manifest describes: its digest is kept beside the site
 * when it is swapped in, and a build whose manifest differs (a build that failed after Astro
 * wrote it) links nothing and lets Astro restore from its own cache.
 */

/** Astro's record of the last incremental build, in its cache folder (astro/dist/core/build/incremental.js). */
export function astroManifestFile(cacheDir: string): string {
  return join(cacheDir, 'incremental-build.json');
}

interface AstroManifest {
  configHash?: string;
  lockfileHash?: string;
  routes?: Record<string, { dependencyHash?: string; paths?: Record<string, { outputFile?: string }> }>;
}

/** The set the live site is known to match, or undefined when there is no manifest. */
export function manifestDigest(manifestFile: string): string | undefined {
  if (!existsSync(manifestFile)) return undefined;
  return createHash('sha256').update(readFileSync(manifestFile)).digest('hex');
}

/**
 * Every page file Astro recorded with a cache key (relative to the site folder), with what Astro
 * made it from: the config and lock file, the route's code, the page's cache key and the content
 * it rendered. Two builds that give a page the same value give it the same bytes; that is what
 * lets Astro skip it, and what the search index's parts are keyed on (src/integrations/search-index.ts).
 */
export function keyedPages(manifestFile: string): Map<string, string> {
  const pages = new Map<string, string>();
  if (!existsSync(manifestFile)) return pages;
  const { configHash, lockfileHash, routes = {} } = JSON.parse(readFileSync(manifestFile, 'utf8')) as AstroManifest;
  for (const [route, { dependencyHash, paths = {} }] of Object.entries(routes)) {
    for (const entry of Object.values(paths)) {
      // Astro stores the file as part of a URL (percent-encoded).
      if (!entry.outputFile) continue;
      pages.set(
        decodeURIComponent(entry.outputFile),
        JSON.stringify([configHash, lockfileHash, route, dependencyHash, entry]),
      );
    }
  }
  return pages;
}

/**
 * Links each of `files` that exists in `site` into `staging`; returns the ones linked. The
 * links are made many at a time (Node's file-system threads), while Astro starts on the other
 * core: 24,600 folders and links took 3 to 4 s one after another on the bench machine.
 */
export async function linkPages(files: readonly string[], site: string, staging: string): Promise<string[]> {
  const folderOf = folderMaker();
  const linked = await Promise.all(
    files.map(async (file) => {
      const to = join(staging, file);
      await folderOf(to);
      // A page the live site lacks (it was not written) is not linked.
      return link(join(site, file), to).then(
        () => file,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          return undefined;
        },
      );
    }),
  );
  return linked.filter((file) => file !== undefined);
}

/**
 * Makes the site the last build replaced, already renamed to the staging folder, the start of
 * this build's, so that the folders of 20,000 article pages need not be made again: making
 * them cost 2 to 11 s of system time per publish on the bench machine's ext4, all of it
 * taken from Astro on two cores, and deleting the old ones as much again.
 *
 * Afterwards the folder holds only live pages: each of `pages` that is already the live
 * site's file (a page neither build rendered again is one file, linked from build to build)
 * stays; every other file goes, and a folder with none of `pages` in it is moved whole into
 * `trash` (a rename, where deleting it file by file would cost as much as making it). Runs to
 * the end before Astro writes anything (src/integrations/build-gates.ts): an old file that
 * shared its bytes with the live site could otherwise be written through.
 *
 * What is in `judgedLater` (folders, such as the search index's and the share images') stays
 * as it is, for the step after Astro that makes those files to keep or replace.
 *
 * Returns the pages in place, which need no link, and the folders it took files from, which
 * may be left empty (`removeEmptyFolders`).
 */
export function reuseReplacedSite(
  staging: string,
  site: string,
  pages: ReadonlySet<string>,
  trash: string,
  judgedLater: ReadonlySet<string> = new Set(),
): { inPlace: string[]; emptied: string[] } {
  const foldersWithPages = new Set<string>();
  for (const page of pages) {
    for (let folder = dirname(page); folder !== '.' && !foldersWithPages.has(folder); folder = dirname(folder)) {
      foldersWithPages.add(folder);
    }
  }
  const inPlace: string[] = [];
  const emptied = new Set<string>();
  let moved = 0;
  const clear = (folder: string) => {
    if (judgedLater.has(folder)) return;
    for (const entry of readdirSync(join(staging, folder), { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory() && (foldersWithPages.has(file) || judgedLater.has(file))) {
        clear(file);
      } else if (entry.isDirectory()) {
        if (moved === 0) mkdirSync(trash, { recursive: true });
        renameSync(join(staging, file), join(trash, String(moved++)));
      } else if (pages.has(file) && sameFile(join(staging, file), join(site, file))) {
        inPlace.push(file);
      } else {
        rmSync(join(staging, file));
        emptied.add(folder);
      }
    }
  };
  clear('');
  return { inPlace, emptied: [...emptied] };
}

/** What the linked-pages marker holds: the live site and the pages linked from it into the staging folder. */
export interface LinkedPages {
  site: string;
  files: string[];
}

/**
 * Once Astro has made the pages: a linked page that is still the live site's file was neither
 * rendered (the middleware would have removed the link) nor kept by Astro unless it is one of
 * `keptFiles`, the files Astro made. The others are pages this build no longer makes: they
 * go. Returns them.
 */
export function removeLeftoverLinks(
  linked: readonly string[],
  site: string,
  staging: string,
  keptFiles: ReadonlySet<string>,
): string[] {
  const removed: string[] = [];
  for (const file of linked) {
    if (keptFiles.has(file)) continue;
    const staged = join(staging, file);
    if (existsSync(staged) && sameFile(staged, join(site, file))) {
      rmSync(staged);
      removed.push(file);
    }
  }
  return removed;
}

/**
 * Removes each of `folders` (relative to `staging`) that ended up empty, and each parent left
 * empty by that: a deleted article's folder is not published empty.
 */
export function removeEmptyFolders(staging: string, folders: Iterable<string>): void {
  // A folder's path is longer than its parent's: children go first.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let path = folder; path !== '.' && path !== ''; path = dirname(path)) {
      try {
        rmdirSync(join(staging, path));
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT') break;
        throw error;
      }
    }
  }
}

/** The same file, not a copy: `a` itself (a link is not followed), `b` where it leads. */
function sameFile(a: string, b: string): boolean {
  const first = lstatSync(a);
  const second = statSync(b, { throwIfNoEntry: false });
  return second !== undefined && first.ino === second.ino && first.dev === second.dev;
}
