import { describe, expect, test } from 'vitest';
import { comparable, openingParagraph, repeatsOpening } from '../../src/lib/standfirst';

const SEED_OPENING =
  'Menteri Pertahanan Rusia Andrei Belousov tiba di Korea Utara pada hari Jumat untuk melakukan pembicaraan dengan para pemimpin militer dan politik Korea Utara ketika negara-negara tersebut memperdalam kerja sama mereka mengenai perang Rusia di Ukraina.';

describe('repeatsOpening: is the standfirst the first paragraph, word for word?', () => {
  test.each([
    ['the seed: the same text', SEED_OPENING, `${SEED_OPENING}\n\nParagraf kedua.`, true],
    ['the body wraps its paragraph over lines', 'Satu dua tiga empat.', 'Satu dua\ntiga   empat.\n\nLain.', true],
    ['Windows line ends and indentation', 'Satu dua.', '\r\n  Satu dua.  \r\n\r\nLain.', true],
    [
      'curly quotes in the standfirst, straight in the body',
      'Dia berkata “cukup” dan ‘pergi’.',
      'Dia berkata "cukup" dan \'pergi\'.',
      true,
    ],
    ['an en dash against --, an ellipsis against ...', 'Jakarta – Bandung…', 'Jakarta -- Bandung...', true],
    ['an em dash against ---', 'Ini—itu.', 'Ini --- itu.', true],
    [
      'a link and emphasis in the body',
      'Menurut AP, harga naik tajam.',
      'Menurut [AP](https://apnews.com/), harga naik *tajam*.',
      true,
    ],
    ['a Markdown escape in the body', 'Harga 5 * 3 rupiah.', 'Harga 5 \\* 3 rupiah.', true],
    ['a non-breaking space', 'Rp 5.000', 'Rp&nbsp;5.000', true],
    [
      'MDX imports and a component come before the paragraph',
      'Paragraf pembuka.',
      'import foto from \'./a.jpg\';\n\n<Figure src={foto} alt="x" />\n\nParagraf pembuka.',
      true,
    ],
    ['hostile text, the same on both sides', 'Ringkasan </script> & "kutip"', 'Ringkasan </script> & "kutip"', true],
    ['only the first sentence of the paragraph', 'Kalimat pertama.', 'Kalimat pertama. Kalimat kedua.', false],
    ['the second paragraph, not the first', 'Paragraf kedua.', 'Paragraf pertama.\n\nParagraf kedua.', false],
    ['one word different', 'Harga naik tajam.', 'Harga turun tajam.', false],
    ['a different case is a different text', 'harga naik.', 'Harga naik.', false],
    ['an empty body', 'Ringkasan.', '', false],
    ['a body of white space', 'Ringkasan.', '  \n\n  ', false],
    ['a body that is only a component', 'Ringkasan.', '<EditorNote>Ringkasan.</EditorNote>', false],
    ['an opening heading is not the paragraph', 'Judul', '## Judul\n\nIsi.', false],
  ])('%s → %s', (_, description, body, expected) => {
    expect(repeatsOpening(description, body)).toBe(expected);
  });
});

describe('openingParagraph', () => {
  test.each([
    ['plain Markdown', 'Satu.\n\nDua.', 'Satu.'],
    [
      'after MDX imports and exports',
      "import a from './a';\nimport b from './b';\n\nexport const x = 1;\n\nSatu.",
      'Satu.',
    ],
    ['after a comment', '{/* catatan */}\n\nSatu.', 'Satu.'],
    ['after a component written over lines', '<Figure\n  src={foto}\n  alt="x"\n/>\n\nSatu.', 'Satu.'],
    [
      'a paragraph that opens with a tag stays prose',
      '<abbr>AP</abbr> melaporkan.\n\nDua.',
      '<abbr>AP</abbr> melaporkan.',
    ],
    ['nothing at all', '', undefined],
  ])('%s', (_, body, expected) => {
    expect(openingParagraph(body)).toBe(expected);
  });
});

test('comparable folds typography and white space, and keeps the words', () => {
  expect(comparable('  “Kutip”  –  dan…\n')).toBe('"Kutip" - dan...');
});
