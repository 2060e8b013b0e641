import { expect, test } from 'vitest';
import { smarten } from '../../src/lib/typography';

test.each([
  ['straight double quotes', 'Dia berkata "cukup"', 'Dia berkata “cukup”'],
  ['a quote at the very start', '"Perang Dingin baru"', '“Perang Dingin baru”'],
  ['an apostrophe', "Jum'at", 'Jum’at'],
  ['two hyphens', 'Seoul -- ibu kota', 'Seoul — ibu kota'],
  ['three dots', 'Tunggu...', 'Tunggu…'],
  ['text already typographic is left alone', '“Dukungan penuh”', '“Dukungan penuh”'],
  ['markup-like text is kept, not parsed', '<b>Tebal</b> & *miring* </script>', '<b>Tebal</b> & *miring* </script>'],
  ['an empty string', '', ''],
])('smarten: %s', (_, input, output) => {
  expect(smarten(input)).toBe(output);
});
