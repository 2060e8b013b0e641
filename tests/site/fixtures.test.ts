import { describe, expect, test } from 'vitest';
import { exists, jsonLd, page, text } from './built';
import { FRONT_PAGE } from '../../src/site';

describe('typography', () => {
  const $ = page('fixtures', '/berita/typografi/');

  test('straight quotes, -- and ... in the body come out typographic', () => {
    const body = $('.article-body p')
      .map((_, p) => $(p).text())
      .get();
    expect(body).toEqual([
      'Dia berkata “ini bukan akhir” – katanya – lalu menunggu…',
      'Paragraf kedua dengan tanda ‘kutip tunggal’ dan Jum’at.',
    ]);
  });

  test('the headline and standfirst get the same typography everywhere they appear', () => {
    const headline = 'Kim berkata “cukup” – lalu pergi…';
    const standfirst = 'Standfirst dengan tanda kutip ‘tunggal’ dan “ganda”.';
    expect(text($('h1').text())).toBe(headline);
    expect($('title').text()).toBe(`${headline} | Warta`);
    expect(text($('.standfirst').text())).toBe(standfirst);
    expect($('meta[name="description"]').attr('content')).toBe(standfirst);
    expect(text(page('fixtures', '/').text())).toContain(headline);
  });
});

describe('hostile text in every field stays text', () => {
  const $ = page('fixtures', '/berita/berbahaya/');
  const title = 'Judul “berbahaya” & <b>tebal</b> </script><script>alert(1)</script>';

  test('the headline is shown literally, not as markup', () => {
    expect(text($('h1').text())).toBe(title);
    expect($('h1 b')).toHaveLength(0);
    expect($('title').text()).toBe(`${title} | Warta`);
  });

  test('no script or image was injected', () => {
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('i')).toHaveLength(0);
  });

  test('attributes keep the whole value', () => {
    expect($('meta[name="description"]').attr('content')).toBe(
      'Ringkasan </script><img src=x onerror=alert(1)> & “kutip”',
    );
    // The quote percent-encoded, as a browser sends it: a raw " is not allowed in an href.
    expect($('article .source a').attr('href')).toBe('https://example.com/berita?a=1&b=%222%22');
  });

  test('byline, tags and source read as written', () => {
    expect(text($('.byline').text())).toBe('Oleh Rina </script> dan Budi & “Sari”');
    expect(
      $('nav.tags a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['<b>Tebal</b>', 'Kutip "ganda"']);
    expect(text($('article .source').text())).toBe('Sumber: Kantor <i>Berita</i> & “Mitra”');
  });
});

describe('times', () => {
  const $ = page('fixtures', '/berita/waktu-wib/');

  test('a UTC evening shows as the next day in WIB, with the update time', () => {
    const times = $('.article-meta time');
    expect(times.map((_, t) => $(t).attr('datetime')).get()).toEqual([
      '2024-11-30T01:30:00+07:00',
      '2024-11-30T08:15:00+07:00',
    ]);
    expect(text($('.article-meta .dates').text())).toMatch(
      /^Sabtu, 30 November 2024, 01\.30 WIB Diperbarui Sabtu, 30 November 2024, 08\.15 WIB \d+ menit baca$/,
    );
    expect(text($('.byline').text())).toBe('Oleh Rina Wijaya');
  });
});

test('an unquoted date-time at exactly midnight UTC keeps its time (07.00 WIB), not read as a bare day', () => {
  const $ = page('fixtures', '/berita/waktu-tanpa-kutip/');
  expect($('.article-meta time').attr('datetime')).toBe('2024-11-30T07:00:00+07:00');
  expect(text($('.article-meta time').text())).toBe('Sabtu, 30 November 2024, 07.00 WIB');
});

describe('drafts and scheduled articles', () => {
  test.each([
    ['a draft', '/berita/draf/', '/topik/rahasia/'],
    ['an article dated after the build', '/berita/terjadwal/', '/topik/masa-depan/'],
  ])('%s is not published, nor is its tag page', (_, article, tag) => {
    expect(exists('fixtures', article)).toBe(false);
    expect(exists('fixtures', tag)).toBe(false);
  });

  // Both are dated among the newest stories, so either would be on the front page if it leaked.
  test('the front page links to the newest published stories, and to neither', () => {
    const $ = page('fixtures', '/');
    const stories = [
      ...new Set(
        $('main a[href^="/berita/"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ),
    ];
    expect(stories).toHaveLength(FRONT_PAGE.total);
    expect(stories.slice(0, 4)).toEqual([
      '/berita/breaking-berakhir/',
      '/berita/breaking-berlangsung/',
      '/berita/waktu-tanpa-kutip/',
      '/berita/waktu-wib/',
    ]);
    expect(stories).not.toContain('/berita/draf/');
    expect(stories).not.toContain('/berita/terjadwal/');
  });

  test('the banner shows the newest published breaking article, not a draft or a scheduled one', () => {
    const $ = page('fixtures', '/');
    expect($('section.breaking a').attr('href')).toBe('/berita/breaking-berlangsung/');
  });
});

describe('breaking news that ends (breakingUntil)', () => {
  // breaking-berakhir is the newest breaking story, but its end (07.00 WIB) came before the
  // build's clock (12.00 WIB); breaking-berlangsung ends the next day.
  test.each(['/', '/berita/breaking-berakhir/', '/kanal/nasional/'])(
    'the banner on %s shows the newest story still breaking',
    (path) => {
      const $ = page('fixtures', path);
      expect(
        $('section.breaking a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(['/berita/breaking-berlangsung/']);
    },
  );

  test('a story whose breaking has ended is still published, only out of the banner', () => {
    expect(exists('fixtures', '/berita/breaking-berakhir/')).toBe(true);
    expect(page('fixtures', '/')('main a[href="/berita/breaking-berakhir/"]').length).toBeGreaterThan(0);
  });
});

describe('what editors put in an article (fixture "komponen")', () => {
  const $ = page('fixtures', '/berita/komponen/');
  const body = $('.article-body');

  test('links out get rel="noopener noreferrer" and stay in the same tab; links in do not', () => {
    const out = body.find('a[href="https://example.org/laporan"]');
    expect(out.attr('rel')).toBe('noopener noreferrer');
    expect(out.attr('target')).toBeUndefined();
    expect(body.find('a[href="/berita/typografi/"]').first().attr('rel')).toBeUndefined();
  });

  test('a link written as an <a> tag is treated like a Markdown link, under the base path too', () => {
    // The editor's own rel (a paid link's "sponsored") is kept.
    expect(body.find('a[href="https://example.org/tag"]').attr('rel')).toBe('sponsored noopener noreferrer');
    const inside = (site: 'fixtures' | 'subpath') => {
      const $site = page(site, '/berita/komponen/');
      return $site('.article-body a')
        .filter((_, a) => $site(a).text() === 'dalam')
        .attr('href');
    };
    expect(inside('fixtures')).toBe('/berita/typografi/');
    expect(inside('subpath')).toBe('/warta/berita/typografi/');
  });

  test('a picture written as an <img> tag gets the base path in src and srcset', () => {
    const img = page('subpath', '/berita/komponen/')('.article-body img[alt="Logo Warta"]');
    expect(img.attr('src')).toBe('/warta/logo.png');
    expect(img.attr('srcset')).toBe('/warta/logo.png 1x, /warta/logo.png 2x');
  });

  test('a Figure in the body is lazy and captioned', () => {
    const img = body.find('figure.figure img');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('alt')).toBe('Langit senja');
    expect(text(body.find('figure.figure figcaption').text())).toBe(
      'Keterangan gambar, Senja di perbukitan. Sumber gambar, Warta',
    );
  });

  test('a PullQuote quotes with typographic quotes and names who said it', () => {
    expect(text(body.find('.pull-quote blockquote').text())).toBe(
      'Kunjungan ini menunjukkan kerja sama yang “semakin meningkat”.',
    );
    expect(text(body.find('.pull-quote figcaption').text())).toBe('Leif-Eric Easley');
  });

  test('an EditorNote is a labelled note', () => {
    const note = body.find('[role="note"].editor-note');
    expect(note.attr('aria-label')).toBe('Pembaruan');
    expect(text(note.text())).toBe('Pembaruan Berita ini diperbarui dengan tanggapan pemerintah.');
  });

  test('a RelatedLink to another article shows its headline and links to it', () => {
    expect(text(body.find('.related-link').first().text())).toBe('Baca juga: Kim berkata “cukup” – lalu pergi…');
    const links = body.find('.related-link a');
    expect(links.map((_, a) => [[$(a).attr('href'), text($(a).text())]]).get()).toEqual([
      ['/berita/typografi/', 'Kim berkata “cukup” – lalu pergi…'],
      ['https://example.org/latar', 'Latar belakang dari mitra'],
    ]);
  });

  test('a correction is shown as "Koreksi" and counts as the latest change', () => {
    expect(text($('aside.corrections').text())).toBe(
      'Koreksi Jumat, 29 November 2024, 08.00 WIB: Versi sebelumnya salah menyebut nama menteri.',
    );
    expect($('.article-meta .updated time').attr('datetime')).toBe('2024-11-29T08:00:00+07:00');
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2024-11-29T08:00:00+07:00');
    const article = jsonLd($).find((b) => b['@type'] === 'NewsArticle')!;
    expect([article.datePublished, article.dateModified]).toEqual([
      '2024-11-27T10:00:00+07:00',
      '2024-11-29T08:00:00+07:00',
    ]);
  });
});

describe('Markdown that goes through MDX (fixture "markdown-khusus")', () => {
  const $ = page('fixtures', '/berita/markdown-khusus/');
  const body = $('.article-body');

  test('footnotes are labelled in Indonesian', () => {
    expect(text(body.find('section.footnotes h2').text())).toBe('Catatan kaki');
    expect(body.find('section.footnotes a[data-footnote-backref]').attr('aria-label')).toBe('Kembali ke rujukan 1');
  });

  test('a right-aligned column is aligned by a class, not an inline style the CSP would block', () => {
    const cells = body
      .find('table tr')
      .map((_, row) => $(row).children().eq(1).attr('class'))
      .get();
    expect(cells).toEqual(['align-right', 'align-right', 'align-right']);
    expect(body.find('table [style]')).toHaveLength(0);
  });
});
