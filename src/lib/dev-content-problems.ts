import { existsSync } from 'node:fs';
import { escapeUTF8 } from 'entities';

/**
 * The articles that have a problem right now in `astro dev`, each with its lines (the one-line
 * format of src/lib/content-problems.ts). The articles' loader notes them as it reads a file
 * (src/markdown/article-loader.ts); the dev server shows them in the browser instead of the last good
 * page (src/integrations/dev-content-problems.ts). Kept on globalThis: the loader and the
 * integration are loaded as separate module instances in one process.
 */
function problemsByFile(): Map<string, string> {
  const key = Symbol.for('warta.dev-content-problems');
  const holder = globalThis as { [key: symbol]: Map<string, string> | undefined };
  holder[key] ??= new Map();
  return holder[key];
}

/** Notes a file's problems (formatted lines), or that it has none now. */
export function noteContentProblems(file: string, lines: string): void {
  if (lines) problemsByFile().set(file, lines);
  else problemsByFile().delete(file);
}

/** Every noted problem of a file that still exists, one line each. */
export function currentContentProblems(): string[] {
  const problems = problemsByFile();
  for (const file of problems.keys()) if (!existsSync(file)) problems.delete(file);
  return [...problems.values()].flatMap((lines) => lines.split('\n'));
}

/**
 * The page the preview shows while an article has a problem: the lines as `check:content` prints
 * them, escaped, reloading itself every few seconds (no script: the CSP allows none inline) so
 * the article comes back as soon as the file is fixed and saved.
 */
export function contentProblemsPage(lines: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="id">',
    '<head><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>Ada kesalahan di berita</title></head>',
    '<body>',
    '<h1>Ada kesalahan di berita</h1>',
    '<p>Perbaiki baris berikut dan simpan filenya; halaman ini memuat ulang sendiri.</p>',
    `<pre id="masalah">${lines.map((line) => escapeUTF8(line)).join('\n')}</pre>`,
    '</body>',
    '</html>',
  ].join('\n');
}
