import { expect, test } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../src/lib/slugs';

test.each([
  ['Korea Utara', 'korea-utara'],
  ['  Spasi  di tepi  ', 'spasi-di-tepi'],
  ['Café & Kopi', 'cafe-kopi'],
  ['Ekonomi: Rp 1.000/kg!', 'ekonomi-rp-1-000-kg'],
  ['</script><b>"Kutip"</b>', 'script-b-kutip-b'],
  ['Ḥadīth Ñandú', 'hadith-nandu'],
  ['北朝鮮', ''],
  ['', ''],
])('slugify(%j) is %j', (text, slug) => {
  expect(slugify(text)).toBe(slug);
});

const long = (ending: string) => `${'Kementerian Koordinator Bidang Perekonomian '.repeat(7)}${ending}`;

test.each([
  ['a 300-character tag', long('satu')],
  ['a tag that is only one long word', 'a'.repeat(300)],
  ['a long tag ending in punctuation', `${'kata '.repeat(60)}!!!`],
])('%s becomes a segment a file system can hold', (_, text) => {
  const slug = slugify(text);
  expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(slugify(text)).toBe(slug);
});

test('two long texts that differ only at the end keep two addresses', () => {
  expect(slugify(long('satu'))).not.toBe(slugify(long('dua')));
  expect(slugify(long('satu')).slice(0, 80)).toBe(slugify(long('dua')).slice(0, 80));
});

test('a slug of exactly the limit is kept whole', () => {
  const text = 'a'.repeat(MAX_SLUG_LENGTH);
  expect(slugify(text)).toBe(text);
});
