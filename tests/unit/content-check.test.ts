import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check';

const article = (fields: string, body = 'Isi berita.') =>
  `---\ntitle: Judul\ndescription: Ringkasan.\npubDate: 2024-11-29T10:00:00+07:00\nsection: nasional\n${fields}---\n\n${body}\n`;

/** A content folder and a cache file beside it; `check` runs the content check at a moment. */
function folder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'warta-check-'));
  const dir = join(root, 'articles');
  mkdirSync(join(dir, 'gambar'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const cache = join(root, 'cache', 'content-check.json');
  const check = async (now = '2024-12-01T12:00:00+07:00') =>
    (await checkContent(dir, new Date(now), { cacheFile: cache })).problems.map(
      ({ file, field, message }) => `${file.slice(dir.length + 1)}  ${field}  ${message}`,
    );
  return { dir, check };
}

// What an unchanged article that was clean last time depends on outside its own text is checked
// again on every run, so the cache that spares reading it never hides a problem.
describe('the check cache never hides a problem', () => {
  test('a <RelatedLink> to an article that has since become a draft', async () => {
    const { dir, check } = folder({ 'a.mdx': article('', '<RelatedLink article="b" />'), 'b.mdx': article('') });
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'b.mdx'), article('draft: true\n'));
    expect(await check()).toEqual([
      expect.stringMatching(/^a\.mdx  <RelatedLink>  <RelatedLink article="b">: tidak ada artikel terbit/),
    ]);
  });

  test('a lead picture deleted since', async () => {
    const { dir, check } = folder({ 'a.mdx': article('image:\n  src: ./gambar/foto.jpg\n  alt: Foto\n') });
    cpSync(resolve('tests/fixtures/articles/gambar/pemandangan.jpg'), join(dir, 'gambar/foto.jpg'));
    expect(await check()).toEqual([]);
    rmSync(join(dir, 'gambar/foto.jpg'));
    expect(await check()).toEqual([
      expect.stringMatching(/^a\.mdx  image\.src  berkas gambar \.\/gambar\/foto\.jpg tidak ada/),
    ]);
  });

  test.each([
    ['a picture with a space in its name, in the body', (name: string) => article('', `![Foto](<./gambar/${name}>)`)],
    [
      'a picture with a space in its name, as the lead picture',
      (name: string) => article(`image:\n  src: ./gambar/${name}\n  alt: Foto\n`),
    ],
    [
      'an import with a space in its name',
      (name: string) => article('', `import foto from './gambar/${name}';\n\n<Figure src={foto} alt="Foto" />`),
    ],
  ])('%s, deleted since', async (_, write) => {
    const { dir, check } = folder({ 'a.mdx': write('foto baru.jpg') });
    cpSync(resolve('tests/fixtures/articles/gambar/pemandangan.jpg'), join(dir, 'gambar/foto baru.jpg'));
    expect(await check()).toEqual([]);
    rmSync(join(dir, 'gambar/foto baru.jpg'));
    expect(await check()).toEqual([expect.stringMatching(/^a\.mdx  \S+  .*foto( |%20)baru\.jpg tidak ada/)]);
  });

  test('an update dated after the build, once the scheduled article is published', async () => {
    const scheduled = article('updatedDate: 2024-12-20T10:00:00+07:00\n').replace(
      '2024-11-29T10:00:00',
      '2024-12-10T10:00:00',
    );
    const { check } = folder({ 'a.mdx': scheduled });
    expect(await check('2024-12-01T12:00:00+07:00')).toEqual([]);
    expect(await check('2024-12-15T12:00:00+07:00')).toEqual([
      expect.stringMatching(/^a\.mdx  updatedDate  updatedDate \(2024-12-20T10:00:00\+07:00\) masih di masa depan/),
    ]);
  });

  test('an edit that keeps the file’s size', async () => {
    const { dir, check } = folder({ 'a.mdx': article('', 'Isi berita.') });
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'a.mdx'), article('', 'TODO berita'));
    expect(await check()).toEqual([expect.stringMatching(/^a\.mdx  \S+  .*TODO/)]);
  });

  test('a second file taking the address of a cached one', async () => {
    const { dir, check } = folder({ 'a.mdx': article('') });
    expect(await check()).toEqual([]);
    mkdirSync(join(dir, '2024'));
    writeFileSync(join(dir, '2024/a.mdx'), article(''));
    expect(await check()).toEqual([
      expect.stringMatching(/^a\.mdx  nama file  .*2024\/a\.mdx juga akan terbit di \/berita\/a\//),
    ]);
  });
});
