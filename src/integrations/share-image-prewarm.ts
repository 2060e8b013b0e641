import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * Starts src/cli/prewarm-share-images.ts beside `astro build`: bundling keeps one core busy,
 * so the other draws share images into the cache meanwhile. Stopped when the build ends.
 */
export function shareImagePrewarm(): AstroIntegration {
  let prewarm: ChildProcess | undefined;
  const stop = (): void => {
    prewarm?.kill();
  };
  return {
    name: 'warta:share-image-prewarm',
    hooks: {
      'astro:build:start': () => {
        prewarm = spawn(process.execPath, [join(process.cwd(), 'src/cli/prewarm-share-images.ts')], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        process.once('exit', stop);
      },
      'astro:build:done': stop,
    },
  };
}
