import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exists, page, text } from './built';

// The seed as the newsroom delivered it (a copy of shared/seed): banner label, headline twice, 21 paragraphs, "Sumber".
const seed = readFileSync(new URL('../fixtures/seed/artikel-menhan-rusia-korea-utara.txt', import.meta.url), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter(Boolean);
const [bannerLabel, headline, , ...rest] = seed;
const paragraphs = rest.slice(0, -1);

const ARTICLE = '/berita/menhan-rusia-kunjungi-korea-utara/';

describe('the seed article page', () => {
  const $ = page('site', ARTICLE);

  test('the seed has the shape we expect (21 paragraphs, then "Sumber")', () => {
    expect(paragraphs).toHaveLength(21);
    expect(rest.at(-1)).toBe('Sumber');
  });

  test('is in Indonesian', () => {
    expect($('html').attr('lang')).toBe('id');
  });

  test('has one <h1>, the headline', () => {
    expect($('h1')).toHaveLength(1);
    expect(text($('h1').text())).toBe(headline);
  });

  test('publishes the body verbatim: each paragraph its own <p>, in order', () => {
    const body = $('article .article-body > p')
      .map((_, p) => $(p).text())
      .get();
    expect(body).toEqual(paragraphs);
  });

  test('prints no standfirst above the body, since its description is the first paragraph word for word', () => {
    expect($('.standfirst')).toHaveLength(0);
    // Readers meet the opening once: as the body's first paragraph.
    expect($('article p').filter((_, p) => text($(p).text()) === paragraphs[0])).toHaveLength(1);
    // It still describes the page to search engines and share cards.
    expect($('meta[name="description"]').attr('content')).toBe(paragraphs[0]);
  });

  test('shows the section, the date without a time, the reading time, and credits the agency, not the newsroom', () => {
    expect(text($('.kicker').text())).toBe('Internasional');
    expect($('.article-meta time').attr('datetime')).toBe('2024-11-29');
    expect(text($('.article-meta time').text())).toBe('Jumat, 29 November 2024');
    expect(text($('.article-meta').text())).toContain('4 menit baca');
    expect(text($('.byline').text())).toBe('Diolah dari Associated Press (AP)');
  });

  test('ends with the source footer, unlinked since no URL is verified', () => {
    expect(text($('article .source').text())).toBe('Sumber: Associated Press (AP)');
    expect($('article .source a')).toHaveLength(0);
  });

  test('lists its tags, each linking to a built tag page', () => {
    const links = $('nav.tags a');
    expect(links.map((_, a) => $(a).text()).get()).toEqual(['Rusia', 'Korea Utara', 'Korea Selatan', 'Ukraina']);
    for (const href of links.map((_, a) => $(a).attr('href')).get()) expect(exists('site', href)).toBe(true);
  });

  test('loads no script except structured data', () => {
    const scripts = $('script').filter((_, s) => $(s).attr('type') !== 'application/ld+json');
    expect(scripts).toHaveLength(0);
  });

  test('the first focusable element is the skip link to <main>', () => {
    const first = $('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').first();
    expect(text(first.text())).toBe('Langsung ke konten');
    expect($(`main${first.attr('href')}`)).toHaveLength(1);
  });
});

describe.each([
  ['the home page', '/'],
  ['the article page', ARTICLE],
  ['a section page', '/kanal/nasional/'],
])('the breaking-news banner on %s', (_, path) => {
  const $ = page('site', path);
  const banner = $('section.breaking');

  test('is a labelled region, not a live region', () => {
    expect(banner).toHaveLength(1);
    expect(banner.attr('aria-label')).toBe('Berita terkini');
    expect(banner.attr('aria-live')).toBeUndefined();
    expect(banner.attr('role')).toBeUndefined();
  });

  test(`says "${bannerLabel}" and links to the seed article`, () => {
    expect(text(banner.find('.breaking-label').text())).toBe(bannerLabel);
    expect(banner.find('a').attr('href')).toBe(ARTICLE);
    expect(text(banner.find('a').text())).toBe(headline);
  });
});

describe('the home page', () => {
  const $ = page('site', '/');

  test('leads with the seed article', () => {
    expect($('.front-lead a[href="' + ARTICLE + '"]').length).toBeGreaterThan(0);
  });

  test('links every section and the search page in the header to a built page', () => {
    const links = $('header nav a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([
      '/kanal/nasional/',
      '/kanal/internasional/',
      '/kanal/ekonomi/',
      '/kanal/olahraga/',
      '/kanal/teknologi/',
      '/cari/',
    ]);
    for (const href of links) expect(exists('site', href)).toBe(true);
  });
});

describe('the 404 page', () => {
  const $ = page('site', '/404.html');

  test('is in Indonesian and leads back home', () => {
    expect($('html').attr('lang')).toBe('id');
    expect(text($('h1').text())).toBe('Halaman tidak ditemukan');
    expect($('main a').attr('href')).toBe('/');
  });
});
