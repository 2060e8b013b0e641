import { describe, expect, test } from 'vitest';
import { exists, page, text } from './built';

describe('an article with a lead image (fixture)', () => {
  const $ = page('fixtures', '/berita/bergambar/');
  const figure = $('article figure');
  const img = figure.find('picture img');

  test('is a <picture> with AVIF and WebP sources before the fallback', () => {
    expect(
      figure
        .find('picture source')
        .map((_, s) => $(s).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
  });

  test('every size in every srcset is a built file', () => {
    const candidates = figure
      .find('source, img')
      .map((_, el) => ($(el).attr('srcset') ?? '').split(','))
      .get()
      .map((candidate) => candidate.trim().split(/\s+/)[0]!)
      .filter(Boolean);
    expect(candidates.length).toBeGreaterThanOrEqual(12);
    for (const src of [...candidates, img.attr('src')!]) expect(exists('fixtures', src), src).toBe(true);
  });

  test('reserves its space (width and height) and, being the lead, loads first', () => {
    expect([img.attr('width'), img.attr('height')]).toEqual(['1600', '1000']);
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
    expect(img.attr('sizes')).toBe('(min-width: 42rem) 40rem, 100vw');
  });

  test('has its alt text, and caption and credit with the screen-reader prefixes', () => {
    expect(img.attr('alt')).toBe('Langit senja di atas perbukitan hijau');
    expect(text(figure.find('.caption').text())).toBe('Keterangan gambar, Pemandangan senja di perbukitan.');
    expect(text(figure.find('.credit').text())).toBe('Sumber gambar, Warta/Rina');
    expect(
      figure
        .find('.visually-hidden')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['Keterangan gambar, ', 'Sumber gambar, ']);
  });
});
