import { describe, expect, test } from 'vitest';
import { hasEveryWord, shownResults, withoutLooseMatches } from '../../src/lib/search-matches';

describe('a search result has the searched words', () => {
  test.each([
    ['tandauji', 'Kata uji pencarian tandauji: harga naik', true],
    ['tandauji', 'Standfirst dengan tanda kutip', false],
    // A word still being typed matches the start of a word, not its middle.
    ['menter', 'Menteri Pertahanan', true],
    ['teri', 'Menteri Pertahanan', false],
    ['kafe', 'Ngopi di Kafé Jakarta', true],
    ['RUSIA korea', 'Rusia dan Korea Utara', true],
    ['Rusia jepang', 'Rusia dan Korea Utara', false],
    ['ignore', 'data-pagefind-ignore', true],
    ['"Korea Utara"', 'Korea Utara', true],
  ])('%s in “%s”: %s', (query, content, expected) => {
    expect(hasEveryWord(query, content)).toBe(expected);
  });
});

describe('the results of a search over several parts of the index', () => {
  const exact = { url: '/berita/berbahaya/', content: 'pencarian tandauji: harga naik' };
  const loose = { url: '/berita/typografi/', content: 'dengan tanda kutip' };

  test('leave out the loose matches of parts that lack the word, when any result has it', () => {
    expect(withoutLooseMatches('tandauji', [exact, loose])).toEqual([exact]);
  });

  test('keep them all when no result has the word, as Pagefind shows them', () => {
    expect(withoutLooseMatches('tandaujix', [loose])).toEqual([loose]);
  });

  test('announce how many are shown when loose matches were left out, else Pagefind’s total', () => {
    expect(shownResults('tandauji', [exact, loose], 2)).toEqual({ shown: [exact], count: 1 });
    // 40 found, the first 20 loaded, all of them with the word: the 20 not loaded count too.
    expect(shownResults('tandauji', Array(20).fill(exact), 40).count).toBe(40);
  });
});
