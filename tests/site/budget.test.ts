import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtFile, page } from './built';

/** One TCP initial congestion window: 10 segments of 1,460 bytes, rounded down to 14 KiB. */
const FIRST_LOAD_BUDGET = 14 * 1024;
const ARTICLE = '/berita/menhan-rusia-kunjungi-korea-utara/';

const gzipped = (urlPath: string) => gzipSync(readFileSync(builtFile('site', urlPath)), { level: 9 }).length;

test('the seed article page loads no JavaScript', () => {
  const $ = page('site', ARTICLE);
  expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
  expect($('link[rel="modulepreload"], link[rel="preload"][as="script"]')).toHaveLength(0);
});

test('the seed article page requests at most one stylesheet', () => {
  expect(page('site', ARTICLE)('link[rel="stylesheet"]').length).toBeLessThanOrEqual(1);
});

test('the whole first load of the seed article fits in 14 KB gzipped', () => {
  const $ = page('site', ARTICLE);
  const requests = [
    ARTICLE,
    ...$('link[rel="stylesheet"], link[rel="icon"]')
      .map((_, l) => $(l).attr('href'))
      .get(),
    ...$('img:not([loading="lazy"])')
      .map((_, i) => $(i).attr('src'))
      .get(),
  ];
  const total = requests.reduce((sum, path) => sum + gzipped(path), 0);
  expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
});
