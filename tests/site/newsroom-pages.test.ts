import { describe, expect, test } from 'vitest';
import { exists, jsonLdOfType, page, text, xml } from './built';
import { PAGINATION_ARTICLES, siteRoot } from './build-sites';

// Issue 15: author pages, date archives and live pages, over the built fixture site.
const { origin: ORIGIN } = siteRoot('fixtures');

describe('author pages', () => {
  const $ = page('fixtures', '/penulis/rina-wijaya/');

  test('show the writer’s name, role, bio, photo and links', () => {
    expect(text($('h1').text())).toBe('Rina Wijaya');
    expect(text($('.author-role').text())).toBe('Wartawan internasional di Jakarta');
    expect(text($('.author-bio').text())).toContain('“selama tiga tahun” – dan menulis tentang <Korea> & Jepang.');
    expect($('.author-photo').attr('alt')).toBe('Foto Rina Wijaya');
    expect(
      $('.author-links a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://x.com/rinawijaya', 'https://warta.example/kontak/']);
  });

  test('list the writer’s stories, newest first', () => {
    expect(
      $('main .card-title a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/berita/waktu-wib/', '/berita/liputan-langsung/']);
  });

  test('say who the writer is as a Person whose url is the page', () => {
    expect(jsonLdOfType($, 'ProfilePage').mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Rina Wijaya',
      url: `${ORIGIN}/penulis/rina-wijaya/`,
      sameAs: ['https://x.com/rinawijaya', 'https://warta.example/kontak/'],
    });
    expect(jsonLdOfType($, 'ProfilePage').mainEntity.image).toMatch(
      /^https:\/\/warta\.example\/_astro\/rina-wijaya\.[\w-]+\.jpg$/,
    );
    expect(exists('fixtures', new URL(jsonLdOfType($, 'ProfilePage').mainEntity.image).pathname)).toBe(true);
  });

  test('a writer with many stories gets archive pages, numbered from the oldest; only the front carries the banner', () => {
    const front = page('fixtures', '/penulis/dimas-pratama/');
    const first = page('fixtures', '/penulis/dimas-pratama/1/');
    const cards = (p: typeof front) => p('main .card-title a').length;
    expect(cards(front) + cards(first) + cards(page('fixtures', '/penulis/dimas-pratama/2/'))).toBe(
      PAGINATION_ARTICLES,
    );
    expect(first('main .card-title a').last().attr('href')).toBe('/berita/liga-01/');
    expect(front('.breaking')).toHaveLength(1);
    expect(first('.breaking')).toHaveLength(0);
    expect(front('.author-photo')).toHaveLength(0);
  });

  test('a writer who has yet to publish has a page that says so', () => {
    expect(text(page('fixtures', '/penulis/sari-lestari/')('main').text())).toContain('Belum ada berita di sini.');
  });

  test('a byline links to the writer’s page, and the article’s author carries its url', () => {
    const article = page('fixtures', '/berita/waktu-wib/');
    expect(article('.byline a').attr('href')).toBe('/penulis/rina-wijaya/');
    expect(jsonLdOfType(article, 'NewsArticle').author).toEqual([
      { '@type': 'Person', name: 'Rina Wijaya', url: `${ORIGIN}/penulis/rina-wijaya/` },
    ]);
  });

  test('a writer without a file keeps a plain-text byline and no page', () => {
    const article = page('fixtures', '/berita/berbahaya/');
    expect(text(article('.byline').text())).toBe('Oleh Rina </script> dan Budi & “Sari”');
    expect(article('.byline a')).toHaveLength(0);
    expect(jsonLdOfType(article, 'NewsArticle').author).toEqual([
      { '@type': 'Person', name: 'Rina </script>' },
      { '@type': 'Person', name: 'Budi & “Sari”' },
    ]);
    expect(exists('fixtures', '/penulis/budi/')).toBe(false);
  });
});

describe('date archives', () => {
  test('the index lists each month with stories, newest first', () => {
    const $ = page('fixtures', '/arsip/');
    expect(
      $('.archive-months a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/arsip/2024/11/', '/arsip/2024/10/', '/arsip/2024/09/', '/arsip/2024/08/']);
  });

  test('a month lists its stories newest first, by the day in WIB', () => {
    const $ = page('fixtures', '/arsip/2024/11/');
    expect(text($('h1').text())).toBe('Arsip berita November 2024');
    expect(
      $('main .card-date time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual([
      '2024-11-30T20:00:00+07:00',
      '2024-11-30T10:00:00+07:00',
      '2024-11-30T07:00:00+07:00',
      '2024-11-30T01:30:00+07:00',
      '2024-11-27T10:00:00+07:00',
      '2024-11-26',
      '2024-11-25T09:00:00+07:00',
      '2024-11-20T09:00:00+07:00',
      '2024-11-20T08:00:00+07:00',
      '2024-11-20',
      '2024-11-10T09:00:00+07:00',
      '2024-11-10',
      '2024-11-09',
      '2024-11-01T03:00:00+07:00',
      '2024-11-01',
    ]);
    // 2024-10-31T20:00:00Z is 1 November in Jakarta.
    expect($('main a[href="/berita/akhir-bulan/"]')).toHaveLength(1);
    expect(page('fixtures', '/arsip/2024/10/')('main a[href="/berita/akhir-bulan/"]')).toHaveLength(0);
  });

  test('months without stories have no page', () => {
    expect(exists('fixtures', '/arsip/2024/07/')).toBe(false);
    expect(exists('fixtures', '/arsip/2024/12/')).toBe(false);
  });

  test('an article’s date links to its month', () => {
    expect(page('fixtures', '/berita/waktu-wib/')('.dates a').attr('href')).toBe('/arsip/2024/11/');
  });

  test('the archive is in the sitemap', () => {
    const urls = xml('fixtures', '/sitemap-0.xml').urlset.url.map((url: { loc: string }) => url.loc);
    expect(urls).toEqual(
      expect.arrayContaining([`${ORIGIN}/arsip/`, `${ORIGIN}/arsip/2024/11/`, `${ORIGIN}/penulis/rina-wijaya/`]),
    );
  });
});

describe('live pages', () => {
  const path = '/berita/liputan-langsung/';
  const $ = page('fixtures', path);

  test('while open, say LANGSUNG and show updates newest first, each with its time and a permanent anchor', () => {
    expect(text($('.live-label').text())).toBe('LANGSUNG');
    const updates = $('.live-update');
    expect(updates.map((_, u) => $(u).attr('id')).get()).toEqual([
      'pembaruan-20241121-0930',
      'pembaruan-20241120-2355',
      'pembaruan-20241120-1405',
    ]);
    expect(updates.map((_, u) => $(u).find('.live-update-time a').attr('href')).get()).toEqual(
      updates.map((_, u) => `#${$(u).attr('id')}`).get(),
    );
    expect(text(updates.first().find('time').text())).toBe('21 Nov 2024, 09.30 WIB');
    expect(updates.map((_, u) => text($(u).find('.live-update-title').text())).get()).toEqual([
      'Tim SAR menemukan dua korban selamat',
      '',
      'Posko pengungsian dibuka',
    ]);
  });

  test('is a LiveBlogPosting with its coverage start and every update', () => {
    const posting = jsonLdOfType($, 'LiveBlogPosting');
    expect(posting.coverageStartTime).toBe('2024-11-20T08:00:00+07:00');
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting.dateModified).toBe('2024-11-21T09:30:00+07:00');
    expect(posting.liveBlogUpdate[0]).toEqual({
      '@type': 'BlogPosting',
      headline: 'Tim SAR menemukan dua korban selamat',
      datePublished: '2024-11-21T09:30:00+07:00',
      url: `${ORIGIN}${path}#pembaruan-20241121-0930`,
      articleBody:
        'Tim SAR gabungan menemukan dua warga selamat di bawah reruntuhan rumah di Desa Sarampad, kata BNPB pagi ini.',
    });
    expect(posting.liveBlogUpdate).toHaveLength(3);
  });

  test('once closed, say so, drop LANGSUNG, and give the coverage’s end', () => {
    const closed = page('fixtures', '/berita/liputan-selesai/');
    expect(closed('.live-label')).toHaveLength(0);
    expect(text(closed('.live-ended').text())).toBe(
      'Liputan langsung telah berakhir pada Minggu, 10 November 2024, 21.00 WIB.',
    );
    expect(jsonLdOfType(closed, 'LiveBlogPosting').coverageEndTime).toBe('2024-11-10T21:00:00+07:00');
  });

  test('the feed carries the newest updates, each linking to its anchor', () => {
    const items = xml('fixtures', '/rss.xml').rss.channel.item as { link: string; title: string }[];
    const updates = items.filter((item) => item.link.startsWith(`${ORIGIN}${path}#`));
    expect(updates.map((item) => item.title)).toEqual([
      'Tim SAR menemukan dua korban selamat',
      'Langsung: gempa di Cianjur, pencarian korban berlanjut: pembaruan 20 Nov 2024, 23.55 WIB',
      'Posko pengungsian dibuka',
    ]);
  });

  test('ship no JavaScript', () => {
    for (const p of [path, '/penulis/rina-wijaya/', '/arsip/', '/arsip/2024/11/'])
      expect(page('fixtures', p)('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});
