import { describe, expect, test } from 'vitest';
import { jsonLd, page, text, xml } from './built';
import { siteRoot } from './build-sites';

// Issue 15, "Honest attribution": bylines and the standfirst.

const SEED = '/berita/menhan-rusia-kunjungi-korea-utara/';
const { origin: ORIGIN } = siteRoot('fixtures');

const newsArticleOf = ($: ReturnType<typeof page>) => jsonLd($).find((block) => block['@type'] === 'NewsArticle')!;
const meta = ($: ReturnType<typeof page>, property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

describe('bylines credit only who is named in the article', () => {
  test('the seed, an AP story with no author, credits AP on the page and in structured data', () => {
    const $ = page('site', SEED);
    expect(text($('.article-meta .byline').text())).toBe('Diolah dari Associated Press (AP)');
    expect(newsArticleOf($).author).toEqual([{ '@type': 'Organization', name: 'Associated Press (AP)' }]);
  });

  test('the newsroom is the publisher, never the author by default', () => {
    const article = newsArticleOf(page('site', SEED));
    expect(article.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Warta' });
    expect(JSON.stringify(article.author)).not.toContain('Warta');
    expect(text(page('site', SEED)('.article-meta').text())).not.toContain('Oleh');
  });

  test('a source with an address gives the agency as author with its url', () => {
    const $ = page('fixtures', '/berita/breaking-berlangsung/');
    expect(text($('.byline').text())).toBe('Diolah dari Antara');
    expect(newsArticleOf($).author).toEqual([{ '@type': 'Organization', name: 'Antara', url: 'https://www.antaranews.com/' }]);
  });

  test('with neither author nor source there is no byline and no author', () => {
    const $ = page('fixtures', '/berita/waktu-tanpa-kutip/');
    expect($('.byline')).toHaveLength(0);
    expect(newsArticleOf($)).not.toHaveProperty('author');
  });

  test('a named author is credited as a person', () => {
    const $ = page('fixtures', '/berita/waktu-wib/');
    expect(text($('.byline').text())).toBe('Oleh Rina Wijaya');
    expect(newsArticleOf($).author).toEqual([{ '@type': 'Person', name: 'Rina Wijaya' }]);
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
    expect(text(page('fixtures', '/berita/waktu-wib/')('.standfirst').text())).toBe('Waktu UTC yang sudah hari berikutnya di Jakarta.');
  });
});
