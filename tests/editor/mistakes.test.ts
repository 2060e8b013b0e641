import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

/** Bodies nested deeper than the parsers survive: each used to crash the build, naming no file (src/lib/nesting.ts). */
const NESTED: [string, string, RegExp][] = [
  ['3,000 nested quotes on one line', 'kutipan-bertingkat.mdx', /kutipan-bertingkat\.mdx:10  isi  kutipan bertingkat terlalu dalam \(3000 tingkat\); paling banyak 100/],
  ['50,000 stars around a word', 'penekanan-panjang.mdx', /penekanan-panjang\.mdx:10  isi  deretan tanda penekanan \(\*, _ atau ~\) terlalu panjang \(50000 tanda\); paling banyak 100/],
  ['a 300-level list through MDX', 'daftar-bertingkat.mdx', /daftar-bertingkat\.mdx:112  isi  daftar bertingkat terlalu dalam \(101 tingkat\); paling banyak 100/],
];

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
  ['a javascript: link in mixed case', 'tautan-javascript.mdx', /tautan-javascript\.mdx:10:6  tautan  skema "javascript:" tidak diizinkan; gunakan http\(s\), mailto, tel atau tautan relatif/],
  ['an entity-encoded script link by reference', 'tautan-referensi.mdx', /tautan-referensi\.mdx:10:6  tautan  skema "javascript:" tidak diizinkan/],
  ['a vbscript: link in an MDX tag', 'tautan-tag-mdx.mdx', /tautan-tag-mdx\.mdx:10:21  tautan  skema "vbscript:" tidak diizinkan/],
  ['a lead picture in SVG', 'gambar-svg.mdx', /gambar-svg\.mdx  image\.src  gambar SVG tidak diizinkan/],
  ['a lead picture outside the content folder', 'gambar-di-luar.mdx', /gambar-di-luar\.mdx  image\.src  gambar berada di luar folder konten/],
  ['a lead picture by absolute path', 'gambar-jalur-mutlak.mdx', /gambar-jalur-mutlak\.mdx  image\.src  jalur mutlak tidak diizinkan/],
  ['a lead picture linked out of the content folder', 'gambar-tautan-simbolik.mdx', /gambar-tautan-simbolik\.mdx  image\.src  gambar berada di luar folder konten/],
  ['a picture from another site in the body', 'gambar-situs-lain.mdx', /gambar-situs-lain\.mdx:10:1  gambar  gambar dari situs lain tidak diizinkan/],
  ['an SVG picture in the body', 'gambar-svg-isi.mdx', /gambar-svg-isi\.mdx:10:1  gambar  gambar SVG tidak diizinkan/],
  ['a right-to-left override in the title', 'judul-bidi.mdx', /title: title memuat karakter pengatur arah teks U\+202E/],
  ['a control character in the description', 'kendali-ringkasan.mdx', /description: description memuat karakter kendali U\+0007/],
  ['a control character in the body', 'kendali-isi.mdx', /kendali-isi\.mdx:10:13  teks  karakter kendali U\+000B tidak diizinkan/],
  ['bytes that are not UTF-8', 'bukan-utf8.mdx', /bukan-utf8\.mdx  berkas bukan teks UTF-8 yang sah/],
  ...NESTED,
];

function caseDir(file: string): string {
  const dir = contentDir(file.replace('.mdx', ''), { [file]: `broken/${file}`, gambar: 'articles/gambar' });
  // A symbolic link cannot travel as a fixture: this one points at a picture outside the case's content folder.
  if (file === 'gambar-tautan-simbolik.mdx') symlinkSync(resolve('tests/fixtures/articles/gambar/pemandangan.jpg'), resolve(dir, 'gambar/tautan.jpg'));
  return dir;
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
    ['a script link in a plain-Markdown body', 'tautan-javascript.mdx', /tautan-javascript\.mdx:10:6  tautan  skema "javascript:" tidak diizinkan/],
    ['a script link in an MDX tag', 'tautan-tag-mdx.mdx', /tautan-tag-mdx\.mdx:10:21  tautan  skema "vbscript:" tidak diizinkan/],
    ['a picture outside the content folder', 'gambar-di-luar.mdx', /gambar-di-luar\.mdx  image\.src  gambar berada di luar folder konten/],
    ...NESTED,
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
    const dir = contentDir('terkait-draf', { 'terkait-draf.mdx': 'broken/terkait-draf.mdx', 'draf.mdx': 'articles/draf.mdx', gambar: 'articles/gambar' });
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
