import { describe, expect, test } from 'vitest';
import { bylinePieces, creditFor, type Credit } from '../../src/lib/byline';

/** The byline as a reader reads it (its pieces' words), or none. */
function formatByline(credit: Credit | undefined): string | undefined {
  const pieces = bylinePieces(credit);
  return pieces.length > 0 ? pieces.map((piece) => piece.text).join('') : undefined;
}
import { articlePageFile, createPaths, pageFileOf, siteSearchScope } from '../../src/lib/paths';
import { infoPageNameProblem } from '../../src/lib/info-pages';
import { groupByTag } from '../../src/lib/tags';
import { listTitle, pageTitle, siteTitle } from '../../src/lib/titles';
import { t, template } from '../../src/i18n/id';
import { fill } from '../../src/i18n/fill';

describe('the byline credits the people named, else the source, never the newsroom', () => {
  const ap = { name: 'Associated Press (AP)' };
  test.each([
    [[], undefined, undefined],
    [[], ap, 'Diolah dari Associated Press (AP)'],
    [[], { name: 'Antara', url: 'https://www.antaranews.com/' }, 'Diolah dari Antara'],
    [['Rina'], undefined, 'Oleh Rina'],
    [['Rina'], ap, 'Oleh Rina'],
    [['Rina', 'Budi'], undefined, 'Oleh Rina dan Budi'],
    [['Rina', 'Budi', 'Sari'], ap, 'Oleh Rina, Budi dan Sari'],
    [['Rina </script>'], undefined, 'Oleh Rina </script>'],
  ])('authors %j, source %j → %s', (authors, source, byline) => {
    expect(formatByline(creditFor(authors, source))).toBe(byline);
  });

  test('a named author wins over the source; no one named and no source is no credit', () => {
    expect(creditFor(['Rina'], { name: 'AP' })).toEqual({ people: [{ name: 'Rina' }] });
    expect(creditFor([], { name: 'AP' })).toEqual({ agency: { name: 'AP' } });
    expect(creditFor([], undefined)).toBeUndefined();
  });
});

describe('createPaths', () => {
  test.each([
    ['/', '/berita/a-b/', '/kanal/nasional/', '/topik/korea-utara/', '/rss.xml'],
    ['/warta/', '/warta/berita/a-b/', '/warta/kanal/nasional/', '/warta/topik/korea-utara/', '/warta/rss.xml'],
    ['/warta', '/warta/berita/a-b/', '/warta/kanal/nasional/', '/warta/topik/korea-utara/', '/warta/rss.xml'],
  ])('under base %s', (base, article, section, tag, file) => {
    const paths = createPaths(base);
    expect([paths.article('a-b'), paths.section('nasional'), paths.tag('korea-utara'), paths.file('rss.xml')]).toEqual([
      article,
      section,
      tag,
      file,
    ]);
  });

  test('encodes what is not URL-safe', () => {
    expect(createPaths('/').article('a b')).toBe('/berita/a%20b/');
  });
});

describe('pageFileOf: the file a page address is written to', () => {
  test.each([
    ['/', '/', 'index.html'],
    ['/berita/a%20b/', '/', 'berita/a b/index.html'],
    ['/warta/', '/warta/', 'index.html'],
    ['/warta/kanal/nasional/2/', '/warta/', 'kanal/nasional/2/index.html'],
    ['/warta/kanal/nasional/2/', '/warta', 'kanal/nasional/2/index.html'],
  ])('%s under base %s', (pathname, base, file) => {
    expect(pageFileOf(pathname, base)).toBe(file);
  });

  test('none for what is not a page: a feed, or an address outside the base', () => {
    expect(pageFileOf('/warta/rss.xml', '/warta/')).toBeUndefined();
    expect(pageFileOf('/lain/', '/warta/')).toBeUndefined();
  });

  test('the address a page is made with comes back to its page file', () => {
    const paths = createPaths('/warta/');
    expect(pageFileOf(paths.article('menhan-rusia'), '/warta/')).toBe(articlePageFile('menhan-rusia'));
  });
});

describe('infoPageNameProblem', () => {
  test.each(['berita', 'kanal', 'topik', 'cari', 'og', 'pagefind', '_astro', 'admin', 'Berita'])(
    'an info page may not be called %s',
    (id) => {
      expect(infoPageNameProblem(id)).toContain(`"${id}"`);
    },
  );

  test.each(['redaksi', 'kontak', 'pedoman-media-siber'])('%s is free', (id) => {
    expect(infoPageNameProblem(id)).toBeUndefined();
  });
});

describe('groupByTag', () => {
  const a = { id: 'a', data: { tags: ['Korea Utara', 'Rusia'] } };
  const b = { id: 'b', data: { tags: ['korea utara', 'Korea-Utara'] } };

  test('tags that slug alike share one group, named as first written, articles in the given order', () => {
    expect(groupByTag([a, b]).map((g) => [g.slug, g.name, g.articles.map((x) => x.id)])).toEqual([
      ['korea-utara', 'Korea Utara', ['a', 'b']],
      ['rusia', 'Rusia', ['a']],
    ]);
  });

  test('no tags, no groups', () => {
    expect(groupByTag([{ data: { tags: [] } }])).toEqual([]);
  });
});

describe('listTitle', () => {
  test.each([
    [undefined, 'Berita Nasional'],
    [1, 'Berita Nasional (halaman 1)'],
    [2, 'Berita Nasional (halaman 2)'],
  ])('archive page %s', (page, title) => {
    expect(listTitle('Berita Nasional', page)).toBe(title);
  });
});

describe('t', () => {
  test('fills placeholders', () => {
    expect(t('article.readingTime', { minutes: 4 })).toBe('4 menit baca');
  });
  test('throws when a placeholder has no value, rather than showing "{minutes}" to readers', () => {
    expect(() => t('article.readingTime')).toThrow(/minutes/);
  });
});

describe('template and fill', () => {
  test('template keeps the placeholders for whoever fills them later, and fill fills them', () => {
    expect(template('search.results')).toMatch(/\{count\}.*\{query\}|\{query\}.*\{count\}/);
    expect(fill(template('search.results'), { count: 3, query: 'banjir' })).toBe('3 hasil untuk “banjir”');
  });

  test('fill throws naming a placeholder that has no value, rather than show it to a reader', () => {
    expect(() => fill(template('search.results'), { count: 3 })).toThrow(/\{query\}/);
  });

  test('a value that looks like a placeholder is filled in as written, not filled again', () => {
    expect(fill('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});

describe('titles', () => {
  test('a page is titled with its own title and the site name; the home page with the site title', () => {
    expect(pageTitle('Kontak')).toBe('Kontak | Warta');
    expect(pageTitle()).toBe('Warta: Berita terkini dari Indonesia dan dunia');
    expect(siteTitle('Berita terkini')).toBe('Warta: Berita terkini');
  });
});

describe('siteSearchScope', () => {
  test.each([
    ['https://warta.example/', 'warta.example'],
    ['https://berita.example/warta/', 'berita.example/warta'],
    ['http://localhost:4321/', 'localhost:4321'],
  ])('%s is searched as %s', (home, scope) => {
    expect(siteSearchScope(home)).toBe(scope);
  });
});
