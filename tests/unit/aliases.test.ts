import { describe, expect, test } from 'vitest';
import { aliasProblems, redirectsFile } from '../../src/lib/aliases';

const article = (id: string, aliases: string[] = []) => ({ id, file: `${id}.mdx`, aliases });

describe('aliasProblems', () => {
  test.each([
    ['a renamed article keeping its old address', [article('baru', ['lama']), article('lain')], []],
    ['two old addresses for one article', [article('baru', ['lama', 'lebih-lama'])], []],
    ['the same alias written twice in one article', [article('baru', ['lama', 'lama'])], []],
    ['no aliases at all', [article('a'), article('b')], []],
    [
      "an alias that is another article's address",
      [article('baru', ['lain']), article('lain')],
      [
        'baru.mdx  aliases  /berita/lain/ adalah alamat berita lain yang masih ada (lain.mdx); hapus dari aliases atau ganti nama salah satu file',
      ],
    ],
    [
      "an alias that is the article's own address",
      [article('baru', ['baru'])],
      ['baru.mdx  aliases  /berita/baru/ adalah alamat berita ini sendiri; hapus dari aliases'],
    ],
    [
      'one alias claimed by two articles',
      [article('a', ['lama']), article('b', ['lama'])],
      ['b.mdx  aliases  /berita/lama/ juga ada di aliases a.mdx; satu alamat lama hanya bisa dialihkan ke satu berita'],
    ],
  ])('%s', (_, articles, problems) => {
    expect(aliasProblems(articles)).toEqual(problems);
  });
});

describe('redirectsFile', () => {
  test.each([
    ['nothing to redirect', [], ''],
    ['one old address', [{ from: '/berita/lama/', to: '/berita/baru/' }], '/berita/lama/ /berita/baru/ 301\n'],
    [
      'under a sub-path, sorted',
      [
        { from: '/warta/berita/z/', to: '/warta/berita/baru/' },
        { from: '/warta/berita/a/', to: '/warta/berita/baru/' },
      ],
      '/warta/berita/a/ /warta/berita/baru/ 301\n/warta/berita/z/ /warta/berita/baru/ 301\n',
    ],
  ])('%s', (_, redirects, file) => {
    expect(redirectsFile(redirects)).toBe(file);
  });
});
