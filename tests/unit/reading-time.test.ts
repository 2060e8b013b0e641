import { expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

test.each([
  ['an empty body', '', 0],
  ['plain words', 'Menteri Pertahanan Rusia tiba', 4],
  ['punctuation alone is no word', 'Satu — dua … “tiga”', 3],
  ['import lines and tags do not count', "import X from './x';\n\nSatu <Kutipan>dua</Kutipan> tiga", 3],
  ['numbers count', 'lebih dari 10.000 tentara', 4],
])('countWords: %s', (_, body, words) => {
  expect(countWords(body)).toBe(words);
});

test.each([
  ['an empty body still reads in a minute', 0, 1],
  ['230 words read in one minute', 230, 1],
  ['231 words round up to two', 231, 2],
  ['843 words (the seed article) read in four', 843, 4],
])('readingMinutes: %s', (_, words, minutes) => {
  expect(readingMinutes(Array.from({ length: words }, () => 'kata').join(' '))).toBe(minutes);
});
