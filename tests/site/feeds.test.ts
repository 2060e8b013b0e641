import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { builtFile, exists, filesOf, pathOf, xml, xmlProblem } from './built';
import { OUTPUT, PAGINATION_ARTICLES, SITES, siteRoot } from './build-sites';
import { FEED_SIZE } from '../../src/site';

const { origin: ORIGIN } = siteRoot('site');

describe('the site feed', () => {
  const channel = xml('site', '/rss.xml').rss.channel;

  test('is RSS 2.0 in Indonesian, pointing at itself', () => {
    expect(xml('site', '/rss.xml').rss['@_version']).toBe('2.0');
    expect(channel.language).toBe('id');
    expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}/rss.xml`);
  });

  test('carries the seed article in full, with an RFC 822 date', () => {
    const [item] = channel.item;
    expect(item.link).toBe(`${ORIGIN}/berita/menhan-rusia-kunjungi-korea-utara/`);
    expect(item.pubDate).toBe('Thu, 28 Nov 2024 17:00:00 GMT'); // 29 November 00:00 WIB
    const body = load(item['content:encoded']);
    expect(body('p')).toHaveLength(21);
    expect(item.category).toEqual(['Internasional', 'Rusia', 'Korea Utara', 'Korea Selatan', 'Ukraina']);
  });
});

describe('fixture feeds', () => {
  const items = xml('fixtures', '/rss.xml').rss.channel.item as Record<string, any>[];
  const links = items.map((item) => pathOf(item.link));

  test('leave out drafts and scheduled articles', () => {
    expect(links).not.toContain('/berita/draf/');
    expect(links).not.toContain('/berita/terjadwal/');
  });

  test('are newest first', () => {
    expect(links.slice(0, 4)).toEqual([
      '/berita/breaking-berakhir/',
      '/berita/breaking-berlangsung/',
      '/berita/waktu-tanpa-kutip/',
      '/berita/waktu-wib/',
    ]);
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('a section feed holds only that section, its newest articles up to the feed size', () => {
    const section = xml('fixtures', '/kanal/olahraga/rss.xml').rss.channel.item as Record<string, any>[];
    expect(PAGINATION_ARTICLES).toBeGreaterThan(FEED_SIZE);
    expect(section.length).toBe(FEED_SIZE);
    expect(section.every((item) => item.category[0] === 'Olahraga')).toBe(true);
    // The generated articles are one a day, liga-01 the oldest: the feed holds the newest ones, in order.
    const newest = Array.from(
      { length: FEED_SIZE },
      (_, i) => `/berita/liga-${String(PAGINATION_ARTICLES - i).padStart(2, '0')}/`,
    );
    expect(section.map((item) => pathOf(item.link))).toEqual(newest);
  });

  test('keep hostile text as text', () => {
    const item = items.find((i) => pathOf(i.link) === '/berita/berbahaya/')!;
    expect(item.title).toBe('Judul “berbahaya” & <b>tebal</b> </script><script>alert(1)</script>');
    expect(item.description).toBe('Ringkasan </script><img src=x onerror=alert(1)> & “kutip”');
    expect(item['dc:creator']).toEqual(['Rina </script>', 'Budi & “Sari”']);
  });

  test('every link inside the full text is absolute', () => {
    const links = items.flatMap((item) => {
      const $ = load(item['content:encoded']);
      return $('[href], [src]')
        .map((_, el) => $(el).attr('href') ?? $(el).attr('src'))
        .get();
    });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
  });
});

describe('every feed and sitemap of every built site is well-formed XML 1.0', () => {
  const files = Object.keys(SITES).flatMap((site) =>
    filesOf(resolve(OUTPUT, site))
      .filter((file) => file.endsWith('.xml'))
      .map((file) => [site, relative(OUTPUT, file)] as const),
  );

  test('there are feeds and sitemaps to check', () => {
    expect(files.map(([, file]) => file)).toEqual(
      expect.arrayContaining([
        'fixtures/rss.xml',
        'fixtures/kanal/olahraga/rss.xml',
        'fixtures/news-sitemap.xml',
        'fixtures/sitemap-index.xml',
      ]),
    );
  });

  test.each(files)('%s: %s', (_, file) => {
    expect(xmlProblem(readFileSync(resolve(OUTPUT, file), 'utf8'))).toBeUndefined();
  });
});

test.each([
  ['a bell character', '<a>x\u0007y</a>'],
  ['a character reference to a control', '<a>x&#x1b;y</a>'],
  ['U+FFFF', '<a>x\uFFFFy</a>'],
  ['a tag left open', '<a><b></a>'],
])('the strict XML check itself refuses %s', (_, text) => {
  expect(xmlProblem(text)).toBeDefined();
});

describe('sitemaps', () => {
  const index = xml('site', '/sitemap-index.xml').sitemapindex.sitemap as { loc: string }[];
  const urls = index.flatMap((s) => xml('site', pathOf(s.loc)).urlset.url as { loc: string; lastmod?: string }[]);

  test('list every page that exists, and only those', () => {
    const dir = resolve(OUTPUT, 'site');
    // Every built page but the 404 and the CMS's admin page, which no reader should find through a sitemap.
    const pages = filesOf(dir)
      .map((file) => `/${relative(dir, file)}`)
      .filter((path) => path.endsWith('.html') && path !== '/404.html' && path !== '/admin/index.html')
      .map((path) => path.replace(/index\.html$/, ''));
    expect(urls.map((u) => decodeURIComponent(pathOf(u.loc))).sort()).toEqual(pages.sort());
    expect(urls.map((u) => u.loc)).toContain(`${ORIGIN}/`);
  });

  test('every article carries its last change', () => {
    const articles = urls.filter((u) => pathOf(u.loc).startsWith('/berita/'));
    expect(articles.map((u) => [pathOf(u.loc), u.lastmod])).toEqual([
      ['/berita/menhan-rusia-kunjungi-korea-utara/', '2024-11-28T17:00:00.000Z'],
    ]);
  });

  test('every published fixture article is in the sitemap and the feed, and no draft is', () => {
    const fixtureIndex = xml('fixtures', '/sitemap-index.xml').sitemapindex.sitemap as { loc: string }[];
    const fixtureUrls = fixtureIndex.flatMap((s) =>
      (xml('fixtures', pathOf(s.loc)).urlset.url as { loc: string }[]).map((u) => u.loc),
    );
    const articles = fixtureUrls.filter((url) => pathOf(url).startsWith('/berita/'));
    // Every fixture file but the draft and the scheduled one, and the generated ones.
    const fixtureFiles = readdirSync('tests/fixtures/articles').filter((f) => f.endsWith('.mdx'));
    expect(articles).toHaveLength(fixtureFiles.length - 2 + PAGINATION_ARTICLES);
    expect(articles.map(pathOf)).not.toContain('/berita/draf/');
    // The feed carries the newest FEED_SIZE of them.
    const feed = (xml('fixtures', '/rss.xml').rss.channel.item as { link: string }[]).map((i) => i.link);
    expect(feed).toHaveLength(Math.min(FEED_SIZE, articles.length));
    // A live page's updates link to their anchors on its page (tests/site/newsroom-pages.test.ts).
    for (const link of feed) expect(articles).toContain(link.split('#')[0]);
  });

  test('the Google News sitemap has the articles of the two days before the build', () => {
    const news = xml('fixtures', '/news-sitemap.xml').urlset;
    expect(news['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const entry = (path: string, published: string, title: string) => ({
      loc: `${ORIGIN}${path}`,
      'news:news': {
        'news:publication': { 'news:name': 'Warta', 'news:language': 'id' },
        'news:publication_date': published,
        'news:title': title,
      },
    });
    expect(news.url).toEqual([
      entry('/berita/breaking-berakhir/', '2024-11-30T20:00:00+07:00', 'Breaking yang sudah berakhir'),
      entry('/berita/breaking-berlangsung/', '2024-11-30T10:00:00+07:00', 'Breaking yang masih berlangsung'),
      entry('/berita/waktu-tanpa-kutip/', '2024-11-30T07:00:00+07:00', 'Terbit pukul tujuh pagi WIB'),
      entry('/berita/waktu-wib/', '2024-11-30T01:30:00+07:00', 'Berita yang terbit lewat tengah malam WIB'),
    ]);
  });

  test('robots.txt points at both sitemaps', () => {
    const robots = readFileSync(builtFile('site', '/robots.txt'), 'utf8');
    const sitemaps = robots
      .split('\n')
      .filter((l) => l.startsWith('Sitemap: '))
      .map((l) => l.slice(9));
    expect(sitemaps).toEqual([`${ORIGIN}/sitemap-index.xml`, `${ORIGIN}/news-sitemap.xml`]);
    for (const url of sitemaps) expect(exists('site', pathOf(url))).toBe(true);
  });
});
