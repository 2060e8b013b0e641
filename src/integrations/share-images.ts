import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedShareImages } from '../lib/build-registry.ts';
import { cachedShareImageFiles } from '../lib/share-image.ts';
import { SHARE_IMAGE_CACHE } from '../build-env.ts';

/**
 * Articles' share images, outside Astro's routes: 5,000 image endpoints cost a build seconds of
 * rendering and file writing. While Astro builds, src/cli/prewarm-share-images.ts draws them
 * into the cache on the core Astro leaves idle, oldest first; article pages record which image
 * they point at (src/lib/build-registry.ts); when the pages are done, this process draws what
 * is still missing, newest first, and links each into the output folder. `astro dev` gets a
 * route that draws them on request.
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
        if (command === 'dev') injectRoute({ pattern: '/og/berita/[id].png', entrypoint: './src/routes/article-share-image.ts' });
      },
      'astro:build:start': () => {
        prewarm = spawn(process.execPath, [join(process.cwd(), 'src/cli/prewarm-share-images.ts')], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        process.once('exit', stop);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Newest first, while the prewarm goes oldest first: each draws what the other has not.
        const images = [...recordedShareImages()];
        const cached = await cachedShareImageFiles(
          images.map(([, text]) => text),
          SHARE_IMAGE_CACHE,
        );
        const site = fileURLToPath(dir);
        const folders = new Set<string>();
        for (const [index, [file]] of images.entries()) {
          const target = join(site, file);
          if (!folders.has(dirname(target))) {
            await mkdir(dirname(target), { recursive: true });
            folders.add(dirname(target));
          }
          // A hard link costs a directory entry where a copy costs a new file; a cache on another
          // disk gets copies.
          await link(cached[index]!, target).catch(() => copyFile(cached[index]!, target));
        }
        stop();
        logger.info(`${recordedShareImages().size} share images`);
      },
    },
  };
}
