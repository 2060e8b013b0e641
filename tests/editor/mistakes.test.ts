import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

/** Each mistake an editor can make, and what the message must say besides the file's name. */
const MISTAKES: [string, string, RegExp][] = [
  ['an empty title', 'judul-kosong.mdx', /title: title tidak boleh kosong/],
  ['a missing description', 'tanpa-ringkasan.mdx', /description: description wajib diisi/],
  ['a date that is not a date', 'tanggal-salah.mdx', /pubDate: pubDate: "kemarin sore" bukan tanggal/],
  ['updatedDate before pubDate', 'diperbarui-sebelum-terbit.mdx', /updatedDate: updatedDate \(2024-11-28\) tidak boleh sebelum pubDate \(2024-11-29\)/],
  ['an unknown section', 'kanal-tidak-dikenal.mdx', /section: section "gosip" tidak dikenal; pilih salah satu dari nasional/],
  ['a source url that is not absolute', 'sumber-url-relatif.mdx', /source\.url: source\.url harus alamat lengkap/],
  ['an image without alt', 'gambar-tanpa-alt.mdx', /image\.alt: image\.alt wajib diisi/],
  ['a breaking that is not true or false', 'breaking-bukan-boolean.mdx', /breaking: breaking harus true atau false/],
  ['a draft that is not true or false', 'draft-bukan-boolean.mdx', /draft: draft harus true atau false/],
  ['a published article still saying TODO', 'todo-terbit.mdx', /description: description masih berisi TODO/],
  ['an unclosed MDX tag', 'mdx-tag-tidak-ditutup.mdx', /mdx-tag-tidak-ditutup\.mdx:\d+:\d+: MDX tidak valid: .*PullQuote/],
  ['a stray { in MDX', 'mdx-kurung-kurawal.mdx', /mdx-kurung-kurawal\.mdx:10:\d+: MDX tidak valid: .*closing brace/],
];

function caseDir(file: string): string {
  return contentDir(file.replace('.mdx', ''), { [file]: `broken/${file}`, gambar: 'articles/gambar' });
}

// One at a time: each run starts Astro, and Astro processes in one checkout share .astro/.
describe('npm run check:content names the file and the field or line', () => {
  test.each(MISTAKES)('%s', async (_, file, message) => {
    const dir = caseDir(file);
    const { code, output } = await cli('src/cli/check-content.ts', [], {
      WARTA_CONTENT_DIR: dir,
      WARTA_CACHE_DIR: resolve(dir, '../cache'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(message);
  });

  test('two articles with the same address', async () => {
    const dir = contentDir('duplikat', { 'dobel.mdx': 'broken/duplikat/dobel.mdx', '2024': 'broken/duplikat/2024' });
    const { code, output } = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024\/dobel\.mdx dan dobel\.mdx sama-sama akan terbit di \/berita\/dobel\/|dobel\.mdx dan 2024\/dobel\.mdx sama-sama akan terbit di \/berita\/dobel\//);
  });

  test('good content passes', async () => {
    const dir = contentDir('baik', { 'typografi.mdx': 'articles/typografi.mdx', 'komponen.mdx': 'articles/komponen.mdx', gambar: 'articles/gambar' });
    const { code, output } = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache') });
    expect(output).toContain('2 artikel');
    expect(code).toBe(0);
  });
});

describe('a failed npm run build publishes nothing', () => {
  const build = (name: string, file: string) => {
    const dir = caseDir(file);
    const outDir = resolve(WORK_DIR, name, 'dist');
    return { outDir, run: () => cli('src/cli/build.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache'), WARTA_OUT_DIR: outDir }) };
  };

  test.each([
    ['a schema error', 'kanal-tidak-dikenal.mdx', /section "gosip" tidak dikenal/],
    ['an MDX syntax error', 'mdx-kurung-kurawal.mdx', /mdx-kurung-kurawal\.mdx:10:\d+/],
  ])('after %s the last good dist/ stays as it was, and no half-built folder is left', async (_, file, message) => {
    const { outDir, run } = build(`build-${file}`, file);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(resolve(outDir, 'index.html'), '<!doctype html><title>build sebelumnya</title>');
    const { code, output } = await run();
    expect(code).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).toContain('Build gagal: tidak ada yang diterbitkan');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(resolve(outDir, 'index.html'), 'utf8')).toContain('build sebelumnya');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  test('a RelatedLink to a draft stops the build instead of leaking its headline', async () => {
    const dir = contentDir('terkait-draf', { 'terkait-draf.mdx': 'broken/terkait-draf.mdx', 'draf.mdx': 'articles/draf.mdx' });
    const outDir = resolve(WORK_DIR, 'terkait-draf', 'dist');
    const { code, output } = await cli('src/cli/build.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache'), WARTA_OUT_DIR: outDir });
    expect(code).not.toBe(0);
    expect(output).toContain('<RelatedLink article="draf">: tidak ada artikel terbit dengan nama itu');
    expect(existsSync(outDir)).toBe(false);
  });

  test('with no earlier build, no dist/ appears at all', async () => {
    const { outDir, run } = build('build-pertama', 'tanggal-salah.mdx');
    const { code } = await run();
    expect(code).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
