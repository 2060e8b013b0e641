import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedShareImages } from '../lib/build-registry.ts';
import { articleImageFile, SITE_IMAGE_FILE } from '../lib/paths.ts';
import type { ShareImageText } from '../lib/share-image-text.ts';
import { cachedShareImageFiles } from '../lib/share-image.ts';
import { FINISH_AFTER_ASTRO, SHARE_IMAGE_CACHE } from '../build-env.ts';

/** Each share image a build's pages point at: its file in the output folder, and what it says. */
export type ShareImageList = [file: string, text: ShareImageText][];

/**
 * Where a build run by `npm run build` leaves its ShareImageList, in the output folder, for
 * src/cli/build.ts to publish and remove.
 */
export const SHARE_IMAGE_LIST = '.share-images.json';

/**
 * Starts src/cli/prewarm-share-images.ts, which draws every article's share image into the
 * cache, oldest first, at low priority: it takes only the CPU the build leaves idle.
 */
export function startPrewarm(): ChildProcess {
  return spawn(process.execPath, [join(process.cwd(), 'src/cli/prewarm-share-images.ts')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Puts each image into the built site: drawn first if the prewarm has not drawn it (newest
 * first, while the prewarm goes oldest first), then linked from the cache. A hard link costs a
 * directory entry where a copy costs a new file; a cache on another disk gets copies.
 */
export async function publishShareImages(images: ShareImageList, site: string): Promise<void> {
  const cached = await cachedShareImageFiles(
    images.map(([, text]) => text),
    SHARE_IMAGE_CACHE,
  );
  const folders = new Set<string>();
  for (const [index, [file]] of images.entries()) {
    const target = join(site, file);
    if (!folders.has(dirname(target))) {
      await mkdir(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    await link(cached[index]!, target).catch(() => copyFile(cached[index]!, target));
  }
}

/**
 * Share images, outside Astro's routes: 5,000 image endpoints cost a build seconds of
 * rendering and file writing. Pages record which image they point at
 * (src/lib/build-registry.ts). In a plain `astro build`, the prewarm runs beside Astro and the
 * images are published when the pages are done; `npm run build` runs the prewarm itself and
 * publishes them after Astro exits, beside the search index (src/cli/build.ts), so it only
 * gets the list. `astro dev` gets routes that draw them on request.
 */
export function shareImages(): AstroIntegration {
  const finishedAfterAstro = process.env[FINISH_AFTER_ASTRO] === '1';
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
        if (finishedAfterAstro) return;
        prewarm = startPrewarm();
        process.once('exit', stop);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const images: ShareImageList = [...recordedShareImages()];
        const site = fileURLToPath(dir);
        if (finishedAfterAstro) return writeFile(join(site, SHARE_IMAGE_LIST), JSON.stringify(images));
        await publishShareImages(images, site);
        stop();
        logger.info(`${images.length} share images`);
      },
    },
  };
}
