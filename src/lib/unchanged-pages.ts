import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { link } from 'node:fs/promises';
import { join } from 'node:path';
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
 *   after Astro, every link that is still the live site's file and that Astro did not list
 *   again is removed (`removeLeftoverLinks`).
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
 * After Astro: a linked page that is still the live site's file was neither rendered (the
 * middleware would have removed the link) nor kept by Astro unless Astro recorded it again.
 * Those not recorded are pages this build no longer makes: they go. Returns how many.
 */
export function removeLeftoverLinks(
  linked: readonly string[],
  site: string,
  staging: string,
  keptFiles: ReadonlySet<string>,
): number {
  let removed = 0;
  for (const file of linked) {
    if (keptFiles.has(file)) continue;
    const staged = join(staging, file);
    if (existsSync(staged) && sameFile(staged, join(site, file))) {
      rmSync(staged);
      removed++;
    }
  }
  return removed;
}

function sameFile(a: string, b: string): boolean {
  const first = statSync(a);
  const second = statSync(b, { throwIfNoEntry: false });
  return second !== undefined && first.ino === second.ino && first.dev === second.dev;
}
