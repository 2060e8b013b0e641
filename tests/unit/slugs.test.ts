import { expect, test } from 'vitest';
import { slugify } from '../../src/lib/slugs';

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
