/**
 * `npm run build`: builds into a staging folder and swaps it into place only when the whole
 * build succeeded, so dist/ always holds a complete site (the last good one) and never a
 * half-written one that could be deployed by mistake. Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
const build = spawnSync(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild gagal: tidak ada yang diterbitkan. ${existsSync(outDir) ? `${outDir} masih berisi build terakhir yang berhasil.` : `${outDir} tidak dibuat.`}`,
  );
  process.exit(build.status ?? 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
