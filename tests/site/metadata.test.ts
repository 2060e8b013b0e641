import { describe, expect, test } from 'vitest';
import { exists, jsonLd, page, pathOf, text } from './built';
import { siteRoot } from './build-sites';

const ARTICLE = '/berita/menhan-rusia-kunjungi-korea-utara/';
const { origin: ORIGIN } = siteRoot('site');
const HEADLINE =
  'Menteri Pertahanan Rusia mengunjungi Korea Utara untuk melakukan pembicaraan dengan para pemimpin militer dan politik';

const meta = ($: ReturnType<typeof page>, key: string) =>
  $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, m) => $(m).attr('content'))
    .get();

describe('the head of the seed article', () => {
  const $ = page('site', ARTICLE);

  test('has a title, description and absolute canonical URL', () => {
    expect($('title').text()).toBe(`${HEADLINE} | Warta`);
    expect(meta($, 'description')[0]).toMatch(/^Menteri Pertahanan Rusia Andrei Belousov tiba/);
    expect($('link[rel="canonical"]').attr('href')).toBe(ORIGIN + ARTICLE);
  });

  test('has Open Graph article tags', () => {
    expect(meta($, 'og:type')).toEqual(['article']);
    expect(meta($, 'og:locale')).toEqual(['id_ID']);
    expect(meta($, 'og:url')).toEqual([ORIGIN + ARTICLE]);
    expect(meta($, 'og:title')).toEqual([HEADLINE]);
    expect(meta($, 'article:published_time')).toEqual(['2024-11-29']);
    expect(meta($, 'article:modified_time')).toEqual(['2024-11-29']);
    expect(meta($, 'article:section')).toEqual(['Internasional']);
    expect(meta($, 'article:tag')).toEqual(['Rusia', 'Korea Utara', 'Korea Selatan', 'Ukraina']);
  });

  test('has a large share card whose 1200×630 image is built', () => {
    expect(meta($, 'twitter:card')).toEqual(['summary_large_image']);
    const [image] = meta($, 'og:image');
    expect(meta($, 'twitter:image')).toEqual([image]);
    expect(exists('site', pathOf(image!))).toBe(true);
    expect([meta($, 'og:image:width')[0], meta($, 'og:image:height')[0]]).toEqual(['1200', '630']);
  });

  test('announces the site feed and the section feed', () => {
    const feeds = $('link[rel="alternate"][type="application/rss+xml"]')
      .map((_, l) => pathOf($(l).attr('href')!))
      .get();
    expect(feeds).toEqual(['/rss.xml', '/kanal/internasional/rss.xml']);
    for (const feed of feeds) expect(exists('site', feed)).toBe(true);
  });

  describe('JSON-LD', () => {
    const blocks = jsonLd($);
    const article = blocks.find((b) => b['@type'] === 'NewsArticle')!;
    const breadcrumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList')!;

    test('is a NewsArticle with what news search needs', () => {
      expect(article).toMatchObject({
        headline: HEADLINE,
        datePublished: '2024-11-29',
        dateModified: '2024-11-29',
        inLanguage: 'id',
        articleSection: 'Internasional',
        keywords: ['Rusia', 'Korea Utara', 'Korea Selatan', 'Ukraina'],
        mainEntityOfPage: { '@type': 'WebPage', '@id': ORIGIN + ARTICLE },
        author: [{ '@type': 'Organization', name: 'Associated Press (AP)' }],
        publisher: { '@type': 'NewsMediaOrganization', name: 'Warta' },
        isBasedOn: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Associated Press (AP)' } },
      });
      expect(article.description).toBe(meta($, 'description')[0]);
    });

    test('its image and logo are built files', () => {
      const image = (article.image as string[])[0]!;
      const logo = (article.publisher as { logo: { url: string } }).logo.url;
      expect(exists('site', pathOf(image))).toBe(true);
      expect(exists('site', pathOf(logo))).toBe(true);
    });

    test('has breadcrumbs home › section › article', () => {
      const items = breadcrumbs.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((i) => [i.position, i.name, pathOf(i.item)])).toEqual([
        [1, 'Beranda', '/'],
        [2, 'Internasional', '/kanal/internasional/'],
        [3, HEADLINE, ARTICLE],
      ]);
    });
  });
});

describe('the body of the seed article', () => {
  const $ = page('site', ARTICLE);

  test('shows breadcrumbs to the home page and the section', () => {
    expect(
      $('nav.breadcrumbs a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['Beranda', '/'],
      ['Internasional', '/kanal/internasional/'],
    ]);
  });

  test('offers share links that need no JavaScript', () => {
    const hosts = $('nav.share a')
      .map(
        (_, a) => new URL($(a).attr('href')!).protocol.replace('mailto:', 'mailto') + new URL($(a).attr('href')!).host,
      )
      .get();
    expect(hosts).toEqual(['https:wa.me', 'https:www.facebook.com', 'https:x.com', 'https:t.me', 'mailto']);
    for (const a of $('nav.share a').get()) expect(decodeURIComponent($(a).attr('href')!)).toContain(ORIGIN + ARTICLE);
  });
});

describe('the home page head', () => {
  const $ = page('site', '/');

  test('is a website with the site and organization as JSON-LD', () => {
    expect(meta($, 'og:type')).toEqual(['website']);
    expect(jsonLd($).map((b) => b['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
    expect(exists('site', pathOf(meta($, 'og:image')[0]!))).toBe(true);
  });
});

describe('hostile text in the head', () => {
  const $ = page('fixtures', '/berita/berbahaya/');
  const title = 'Judul “berbahaya” & <b>tebal</b> </script><script>alert(1)</script>';

  test('meta tags hold the exact text', () => {
    expect(meta($, 'og:title')).toEqual([title]);
    expect(meta($, 'twitter:title')).toEqual([title]);
    expect(meta($, 'article:tag')).toEqual(['<b>Tebal</b>', 'Kutip "ganda"']);
  });

  test('JSON-LD blocks parse and hold the exact text', () => {
    const article = jsonLd($).find((b) => b['@type'] === 'NewsArticle')!;
    expect(article.headline).toBe(title);
    expect(article.author).toEqual([
      { '@type': 'Person', name: 'Rina </script>' },
      { '@type': 'Person', name: 'Budi & “Sari”' },
    ]);
    expect(article.isBasedOn).toMatchObject({ url: 'https://example.com/berita?a=1&b=%222%22' });
  });

  test('there are exactly the two JSON-LD scripts and no other', () => {
    expect($('script[type="application/ld+json"]')).toHaveLength(2);
    expect($('script')).toHaveLength(2);
  });
});

describe('section and tag pages', () => {
  const liga = (n: number) => `/berita/liga-${String(n).padStart(2, '0')}/`;
  /** The generated stories from number `from` down to `to`, as a list shows them. */
  const ligaNewestFirst = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => liga(from - i));
  const cards = ($: ReturnType<typeof page>) =>
    $('main .card-title a')
      .map((_, a) => $(a).attr('href'))
      .get();

  test.each([
    ['section', '/kanal/olahraga/', 'Berita Olahraga'],
    ['tag', '/topik/liga/', 'Topik: Liga'],
  ])('a %s page lists its newest articles, then archive pages numbered from the oldest', (_, path, heading) => {
    // 65 articles: archive page 1 holds the oldest 20, page 2 the next 20, the front the newest 25.
    const $ = page('fixtures', path);
    expect(text($('h1').text())).toBe(heading);
    expect($('title').text()).toBe(`${heading} | Warta`);
    expect($('link[rel="canonical"]').attr('href')).toBe(ORIGIN + path);
    const front = cards($);
    expect(front).toEqual(ligaNewestFirst(65, 41));
    for (const href of front) expect(exists('fixtures', href)).toBe(true);
    expect($('a[rel="prev"]')).toHaveLength(0);
    expect($('a[rel="next"]').attr('href')).toBe(`${path}2/`);

    const $2 = page('fixtures', `${path}2/`);
    expect($2('title').text()).toBe(`${heading} (halaman 2) | Warta`);
    expect($2('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}${path}2/`);
    expect(cards($2)).toEqual(ligaNewestFirst(40, 21));
    expect($2('a[rel="prev"]').attr('href')).toBe(path);
    expect($2('a[rel="next"]').attr('href')).toBe(`${path}1/`);

    // The oldest page leads nowhere further.
    const $1 = page('fixtures', `${path}1/`);
    expect(cards($1)).toEqual(ligaNewestFirst(20, 1));
    expect($1('a[rel="prev"]').attr('href')).toBe(`${path}2/`);
    expect($1('a[rel="next"]')).toHaveLength(0);
    expect(exists('fixtures', `${path}3/`)).toBe(false);
  });

  test('only the front page of a list carries the breaking-news banner', () => {
    expect(page('fixtures', '/kanal/olahraga/')('.breaking')).toHaveLength(1);
    expect(page('fixtures', '/kanal/olahraga/1/')('.breaking')).toHaveLength(0);
  });

  test('an empty section still has a page, saying so', () => {
    const $ = page('site', '/kanal/teknologi/');
    expect(text($('main p').first().text())).toBe('Belum ada berita di sini.');
  });
});

describe('info pages', () => {
  test.each(['/redaksi/', '/kontak/'])('%s is built and linked from the footer', (path) => {
    expect(exists('site', path)).toBe(true);
    const $ = page('site', '/');
    expect($(`footer a[href="${path}"]`)).toHaveLength(1);
  });
});
