import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedShareImages } from '../lib/build-registry.ts';
import { cachedShareImageFile } from '../lib/share-image.ts';
import { SHARE_IMAGE_CACHE } from '../build-env.ts';

/**
 * Articles' share images, outside Astro's routes: 5,000 image endpoints cost a build seconds of
 * rendering and file writing. While Astro bundles, src/cli/prewarm-share-images.ts draws them
 * into the cache on the core bundling leaves idle; article pages record which image they point
 * at (src/lib/build-registry.ts); when the build is done and the prewarm has finished, each is
 * linked into the output folder. `astro dev` gets a route that draws them on request.
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
        // At low priority it only takes what Astro leaves idle, and never slows the bundler's threads.
        if (prewarm.pid !== undefined) setPriority(prewarm.pid, 10);
        process.once('exit', stop);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Let the prewarm finish rather than draw its images twice, at full priority where the
        // system allows raising it again.
        if (prewarm && prewarm.exitCode === null && prewarm.signalCode === null) {
          const finished = once(prewarm, 'close');
          try {
            if (prewarm.pid !== undefined) setPriority(prewarm.pid, 0);
          } catch {
            // Only a privileged user may raise a priority; the prewarm then finishes at its own pace.
          }
          await finished;
        }
        const site = fileURLToPath(dir);
        const folders = new Set<string>();
        for (const [file, text] of recordedShareImages()) {
          // Drawn here only if the prewarm failed or skipped it.
          const cached = await cachedShareImageFile(text, SHARE_IMAGE_CACHE);
          const target = join(site, file);
          if (!folders.has(dirname(target))) {
            await mkdir(dirname(target), { recursive: true });
            folders.add(dirname(target));
          }
          // A hard link costs a directory entry where a copy costs a new file (about 0.6 ms each on
          // the bench machine); a cache on another disk gets copies.
          await link(cached, target).catch(() => copyFile(cached, target));
        }
        stop();
        logger.info(`${recordedShareImages().size} share images`);
      },
    },
  };
}
