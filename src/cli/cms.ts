/**
 * `npm run cms`: the preview (astro dev) and Decap CMS's local backend (decap-server, which
 * reads and writes content/articles on this machine) together, so an editor works at
 * http://localhost:4321/admin/ and sees the article at once in the preview. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// Astro's package exports no bin/ path, so its command is found beside its package.json.
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
// The address astro dev listens on: its default port, or the one passed on (`npm run cms -- --port 4400`).
const args = process.argv.slice(2);
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : '4321';
const children: ChildProcess[] = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    stdio: 'inherit',
    env: { ...process.env, MODE: 'fs' },
  }),
  spawn(process.execPath, [ASTRO, 'dev', ...args], { stdio: 'inherit' }),
];

console.log(
  `\nCMS: buka http://localhost:${port}/admin/ (pratinjau di http://localhost:${port}/). Tekan Ctrl+C untuk berhenti.\n`,
);

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
