import { spawn, type ChildProcess } from 'node:child_process';
import { constants, existsSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedShareImages } from '../lib/build-registry.ts';
import { articleImageFile, SHARE_IMAGE_FOLDER, SITE_IMAGE_FILE } from '../lib/paths.ts';
import { siteShareText, type ShareImageText } from '../lib/share-image-text.ts';
import { cachedShareImageFiles, shareImageName } from '../lib/share-image.ts';
import { folderMaker } from '../lib/folders.ts';
import { isWholeImageFile } from '../lib/whole-image.ts';
import { FINISHED_AFTER_ASTRO, SHARE_IMAGE_CACHE, SITE_URL } from '../build-env.ts';

/** Each share image a build's pages point at: its file in the output folder, and what it says. */
export type ShareImageList = [file: string, text: ShareImageText][];

/** The images this build's pages point at, and the site's own, which pages without one of their own use. */
export function shareImageList(): ShareImageList {
  return [[SITE_IMAGE_FILE, siteShareText(SITE_URL)], ...recordedShareImages()];
}

/**
 * Puts each image into the built site. An image the live site already shows is linked from it
 * (`published`): a link between two generations of the published site (never into the cache)
 * costs a directory entry where a copy costs the file, 57 KB an image. Any other is drawn if
 * the prewarm has not drawn it (in the order given, while the prewarm goes oldest first) and
 * copied from the cache, never linked into it: a published file that shares the cache's bytes
 * changes when the cache is damaged. A file system that can clone (Btrfs, XFS, APFS) shares
 * blocks copy-on-write instead of copying. The live images are linked many at a time and
 * without opening the cache: at 20,000 articles, one after another, with the cached file
 * checked too, this took 3 s of every publish. `replaced` says which picture each image the
 * site folder holds already is (left by the site the build started from): one showing the
 * same picture stays, and costs neither a link nor a copy. Returns which cached picture each
 * image is, for the note beside the site.
 */
export async function publishShareImages(
  images: ShareImageList,
  site: string,
  published?: PublishedImages,
  replaced?: ShareImageSources,
): Promise<ShareImageSources> {
  const sources: ShareImageSources = Object.fromEntries(images.map(([file, text]) => [file, shareImageName(text)]));
  const inPlace = replaced ? await keepReplacedImages(images, sources, replaced, site) : new Set<string>();
  const folderOf = folderMaker();
  const linked = await Promise.all(
    images.map(async ([file]) => {
      if (inPlace.has(file)) return true;
      const live = published?.sources[file] === sources[file] ? join(published.site, file) : undefined;
      if (!live || !isWholeImageFile(live)) return false;
      await folderOf(join(site, file));
      return link(live, join(site, file)).then(
        () => true,
        () => false,
      );
    }),
  );
  const drawn = images.filter((_, index) => !linked[index]);
  const cached = await cachedShareImageFiles(
    drawn.map(([, text]) => text),
    SHARE_IMAGE_CACHE,
  );
  // Many at a time, as the links above: one after another, 5,000 copies took 1.4 s of a cold build.
  await Promise.all(
    drawn.map(async ([file], index) => {
      await folderOf(join(site, file));
      await copyFile(cached[index]!, join(site, file), constants.COPYFILE_FICLONE);
    }),
  );
  return sources;
}

/**
 * The images the site this build started from left in `site` (src/lib/unchanged-pages.ts,
 * reuseReplacedSite), which says which picture each was (`replaced`): one this build shows,
 * with the same picture and whole, stays; any other file goes before anything is written
 * there, since it may share its bytes with the live site. Returns the ones kept. It pauses
 * now and then, so the search index being made at the same time is not held up.
 */
async function keepReplacedImages(
  images: ShareImageList,
  sources: ShareImageSources,
  replaced: ShareImageSources,
  site: string,
): Promise<Set<string>> {
  const kept = new Set<string>();
  const shown = new Set(images.map(([file]) => file));
  const folder = join(site, SHARE_IMAGE_FOLDER);
  const entries = existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }) : [];
  for (const [index, entry] of entries.entries()) {
    if (index % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(site, path);
    if (shown.has(file) && replaced[file] === sources[file] && isWholeImageFile(path)) kept.add(file);
    else rmSync(path);
  }
  return kept;
}

/** Which cached picture each published share image is (its file name in the cache, a hash of its text). */
export type ShareImageSources = Record<string, string>;

/** The live site, and which cached picture each of its share images is (`npm run build` keeps that beside it). */
export interface PublishedImages {
  site: string;
  sources: ShareImageSources;
}

/**
 * Share images, outside Astro's routes: 5,000 image endpoints cost a build seconds of
 * rendering and file writing. Pages record which image they point at
 * (src/lib/build-registry.ts); the site's own image is always published, for the pages that
 * have none of their own. In a plain `astro build`, the prewarm (src/cli/prewarm-share-images.ts)
 * runs as a process beside Astro and the images are published when the pages are done;
 * `npm run build` runs the prewarm itself and publishes them after Astro exits, beside the
 * search index (src/cli/build.ts), so it only gets the list. `astro dev` gets routes that draw
 * them on request.
 */
export function shareImages(): AstroIntegration {
  let prewarm: ChildProcess | undefined;
  const stop = (): void => {
    prewarm?.kill();
  };
  return {
    name: 'warta:share-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: `/${articleImageFile('[id]')}`, entrypoint: './src/routes/article-share-image.ts' });
        injectRoute({ pattern: `/${SITE_IMAGE_FILE}`, entrypoint: './src/routes/site-share-image.ts' });
      },
      'astro:build:start': () => {
        if (FINISHED_AFTER_ASTRO) return;
        // Low priority (it lowers its own), so it takes only the CPU the build leaves idle.
        prewarm = spawn(process.execPath, [join(process.cwd(), 'src/cli/prewarm-share-images.ts')], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        process.once('exit', stop);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (FINISHED_AFTER_ASTRO) return;
        const images = shareImageList();
        await publishShareImages(images, fileURLToPath(dir));
        stop();
        logger.info(`${images.length} share images`);
      },
    },
  };
}
