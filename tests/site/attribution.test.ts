import { describe, expect, test } from 'vitest';
import { jsonLdOfType, page, text, xml } from './built';
import { siteRoot } from './build-sites';

// Issue 15, "Honest attribution": bylines, the standfirst, and dates in structured data.

const SEED = '/berita/menhan-rusia-kunjungi-korea-utara/';
const { origin: ORIGIN } = siteRoot('fixtures');

const newsArticleOf = ($: ReturnType<typeof page>) => jsonLdOfType($, 'NewsArticle');
const meta = ($: ReturnType<typeof page>, property: string) =>
  $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

describe('bylines credit only who is named in the article', () => {
  test('the seed, an AP story with no author, credits AP on the page and in structured data', () => {
    const $ = page('site', SEED);
    expect(text($('.article-meta .byline').text())).toBe('Diolah dari Associated Press (AP)');
    expect(newsArticleOf($).author).toEqual([{ '@type': 'Organization', name: 'Associated Press (AP)' }]);
  });

  test('the newsroom is the publisher, never the author by default', () => {
    const article = newsArticleOf(page('site', SEED));
    expect(article.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Warta' });
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'Associated Press (AP)' }]);
    expect(text(page('site', SEED)('.article-meta .byline').text())).toBe('Diolah dari Associated Press (AP)');
  });

  test('a source with an address gives the agency as author with its url', () => {
    const $ = page('fixtures', '/berita/breaking-berlangsung/');
    expect(text($('.byline').text())).toBe('Diolah dari Antara');
    expect(newsArticleOf($).author).toEqual([
      { '@type': 'Organization', name: 'Antara', url: 'https://www.antaranews.com/' },
    ]);
  });

  test('with neither author nor source there is no byline and no author', () => {
    const $ = page('fixtures', '/berita/waktu-tanpa-kutip/');
    expect($('.byline')).toHaveLength(0);
    expect(newsArticleOf($)).not.toHaveProperty('author');
  });

  test('a named author is credited as a person', () => {
    const $ = page('fixtures', '/berita/waktu-wib/');
    expect(text($('.byline').text())).toBe('Oleh Rina Wijaya');
    expect(newsArticleOf($).author).toEqual([
      { '@type': 'Person', name: 'Rina Wijaya', url: 'https://warta.example/penulis/rina-wijaya/' },
    ]);
  });
});

describe('a standfirst that repeats the first paragraph is not printed twice', () => {
  // Its description is its first paragraph with straight quotes, -- and ... over two lines.
  const path = '/berita/breaking-berlangsung/';
  const $ = page('fixtures', path);
  const description = 'Banjir “besar” melanda Jakarta Utara – kata BPBD – sejak pagi…';

  test('the page shows the opening once, as the body’s first paragraph', () => {
    expect($('.standfirst')).toHaveLength(0);
    expect(text($('.article-body p').first().text())).toBe(description);
  });

  test('the description still serves the meta tags, structured data and feeds', () => {
    expect(meta($, 'description')).toBe(description);
    expect(meta($, 'og:description')).toBe(description);
    expect(newsArticleOf($).description).toBe(description);
    const item = (xml('fixtures', '/rss.xml').rss.channel.item as { link: string; description: string }[]).find(
      (i) => i.link === `${ORIGIN}${path}`,
    )!;
    expect(item.description).toBe(description);
  });

  test('a standfirst that says something else is still printed', () => {
    expect(text(page('fixtures', '/berita/waktu-wib/')('.standfirst').text())).toBe(
      'Waktu UTC yang sudah hari berikutnya di Jakarta.',
    );
  });
});

describe('dates in structured data', () => {
  const news = xml('fixtures', '/news-sitemap.xml').urlset.url as {
    loc: string;
    'news:news': { 'news:publication_date': string };
  }[];
  const newsDate = (path: string) =>
    news.find((u) => u.loc === `${ORIGIN}${path}`)?.['news:news']['news:publication_date'];

  test.each([
    ['a time written in UTC carries it in WIB with its offset', '/berita/waktu-wib/', '2024-11-30T01:30:00+07:00'],
    ['an unquoted time at midnight UTC keeps its time', '/berita/waktu-tanpa-kutip/', '2024-11-30T07:00:00+07:00'],
    ['a time written with +07:00 stays as written', '/berita/breaking-berlangsung/', '2024-11-30T10:00:00+07:00'],
  ])('%s: JSON-LD, Open Graph, the page and the News sitemap agree', (_, path, published) => {
    const $ = page('fixtures', path);
    expect(newsArticleOf($).datePublished).toBe(published);
    expect(meta($, 'article:published_time')).toBe(published);
    expect($('.article-meta time').first().attr('datetime')).toBe(published);
    expect(newsDate(path)).toBe(published);
  });

  test('a day alone (the seed) stays a day: no invented midnight', () => {
    const $ = page('site', SEED);
    expect(newsArticleOf($).datePublished).toBe('2024-11-29');
    expect(meta($, 'article:published_time')).toBe('2024-11-29');
  });
});
