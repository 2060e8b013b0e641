/**
 * `npm run build`: builds into a staging folder and swaps it into place only when the whole
 * build succeeded, so dist/ always holds a complete site (the last good one) and never a
 * half-written one that could be deployed by mistake. Extra arguments go to `astro build`.
 * The search index is made here, once Astro has exited (see INDEX_AFTER_BUILD).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { INDEX_AFTER_BUILD, indexArticles } from '../integrations/search-index.ts';

const outDir = resolve(process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const args = process.argv.slice(2);

function fail(status: number, reason?: unknown): never {
  rmSync(staging, { recursive: true, force: true });
  if (reason) console.error(reason);
  console.error(
    `\nBuild gagal: tidak ada yang diterbitkan. ${existsSync(outDir) ? `${outDir} masih berisi build terakhir yang berhasil.` : `${outDir} tidak dibuat.`}`,
  );
  process.exit(status);
}

rmSync(staging, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
});
if (build.status !== 0) fail(build.status ?? 1);

try {
  const count = await indexArticles(staging);
  if (!args.includes('--silent')) console.log(`Indeks pencarian: ${count} artikel`);
} catch (error) {
  fail(1, error);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
