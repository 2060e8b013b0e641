import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';
import { SATTERI_SMART_PUNCTUATION, smarten } from '../../src/lib/typography';

const CASES: [string, string, string][] = [
  ['straight double quotes', 'Dia berkata "cukup"', 'Dia berkata “cukup”'],
  ['a quote at the very start', '"Perang Dingin baru"', '“Perang Dingin baru”'],
  ['a quote after a dash', 'Ia berkata --"cukup"', 'Ia berkata –“cukup”'],
  ['single quotes', "tanda 'kutip tunggal' di sini", 'tanda ‘kutip tunggal’ di sini'],
  ['an apostrophe', "Jum'at", 'Jum’at'],
  ['two hyphens: an en dash', 'Seoul -- ibu kota', 'Seoul – ibu kota'],
  ['three hyphens: an em dash', 'Seoul --- ibu kota', 'Seoul — ibu kota'],
  ['a range', 'halaman 10--12', 'halaman 10–12'],
  ['three dots', 'Tunggu...', 'Tunggu…'],
  ['quotes inside parentheses', 'kata ("baru")', 'kata (“baru”)'],
  ['text already typographic is left alone', '“Dukungan penuh” — kata', '“Dukungan penuh” — kata'],
  ['nothing to change', 'Menteri Pertahanan Rusia tiba', 'Menteri Pertahanan Rusia tiba'],
  ['a decimal point and single hyphens stay', 'Rp1.5 juta - naik', 'Rp1.5 juta - naik'],
];

describe('smarten (remark-smartypants, for headlines and standfirsts)', () => {
  test.each(CASES)('%s', (_, input, output) => {
    expect(smarten(input)).toBe(output);
  });

  test.each([
    ['markup-like text is kept, not parsed', '<b>Tebal</b> & *miring* </script>', '<b>Tebal</b> & *miring* </script>'],
    ['an empty string', '', ''],
    // Not in CASES: Sätteri leaves spaced dots in a body as written (a known difference).
    ['spaced dots', 'Tunggu. . . ya', 'Tunggu… ya'],
  ])('%s', (_, input, output) => {
    expect(smarten(input)).toBe(output);
  });
});

describe('article bodies (Sätteri) get the same typography as headlines (remark-smartypants)', () => {
  test.each(CASES)('%s', (_, input, output) => {
    const { html } = markdownToHtml(input, { features: { smartPunctuation: SATTERI_SMART_PUNCTUATION } });
    expect(load(html)('p').text()).toBe(output);
  });
});
