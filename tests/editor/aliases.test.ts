import { load } from 'cheerio';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

// An alias that is another article's address: in the corpus of broken articles (mistakes.test.ts).

test('a renamed article keeps its old address in the next build, and the summary does not call it missing', async () => {
  const dir = contentDir('alias-ganti-nama', { 'judul-lama.mdx': 'articles/typografi.mdx' });
  const outDir = resolve(WORK_DIR, 'alias-ganti-nama', 'dist');
  const build = () =>
    cli('src/cli/build.ts', [], {
      WARTA_CONTENT_DIR: dir,
      WARTA_CACHE_DIR: resolve(dir, '../cache'),
      WARTA_OUT_DIR: outDir,
    });
  expect((await build()).code).toBe(0);
  // The editor renames the file and writes the old address in aliases.
  const source = readFileSync(resolve('tests/fixtures/articles/typografi.mdx'), 'utf8').replace(
    /^---\n/,
    '---\naliases: [/berita/judul-lama/]\n',
  );
  rmSync(resolve(dir, 'judul-lama.mdx'));
  writeFileSync(resolve(dir, 'judul-baru.mdx'), source);
  const second = await build();
  expect(second.code, second.output).toBe(0);
  expect(second.output).toContain('  Alamat yang hilang sejak build sebelumnya: 0');
  const redirect = load(readFileSync(resolve(outDir, 'berita/judul-lama/index.html'), 'utf8'));
  expect(redirect('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/berita/judul-baru/');
}, 240_000);
