import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt';

const text = (value: string) => ({ text: value, mark: false });
const mark = (value: string) => ({ text: value, mark: true });

// Excerpts as Pagefind 1.x hands them over: `<` and `>` of the page text escaped, `&` not.
describe('a search result excerpt', () => {
  test.each([
    ['no match marked', 'Harga beras naik.', [text('Harga beras naik.')]],
    ['one word marked', 'Menhan <mark>Belousov</mark> tiba.', [text('Menhan '), mark('Belousov'), text(' tiba.')]],
    [
      'marks at both ends',
      '<mark>Banjir</mark> di <mark>Jakarta</mark>',
      [mark('Banjir'), text(' di '), mark('Jakarta')],
    ],
    [
      'an article’s own &, <b> and </script> read as written, its &amp; too',
      'Harga & &lt;b&gt;tebal&lt;/b&gt; &lt;/script&gt; &amp; <mark>naik</mark>',
      [text('Harga & <b>tebal</b> </script> &amp; '), mark('naik')],
    ],
    ['a marked word with a < in it', '<mark>a&lt;b</mark>', [mark('a<b')]],
    ['an empty excerpt', '', []],
  ])('%s', (_, excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});
