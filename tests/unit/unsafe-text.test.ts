import { describe, expect, test } from 'vitest';
import { forbiddenCharacter, textProblem } from '../../src/lib/unsafe-text';

describe('textProblem', () => {
  test.each([
    ['plain Indonesian', 'Banjir melanda Jakarta Utara'],
    ['tabs and newlines', 'baris\tsatu\nbaris dua\r\n'],
    ['right-to-left text without controls', 'مرحبا dan שלום'],
    ['an emoji (a surrogate pair)', 'Juara 🏆'],
    ['left-to-right and right-to-left marks', 'a\u200Eb\u200Fc'],
  ])('%s: allowed', (_, text) => {
    expect(textProblem(text)).toBeUndefined();
  });

  test.each([
    ['a right-to-left override', 'Judul \u202Egnirts', /pengatur arah teks U\+202E/],
    ['a left-to-right embedding', '\u202AJudul', /U\+202A/],
    ['a first-strong isolate left open', 'Judul \u2068x', /U\+2068/],
    ['a pop directional isolate', 'x\u2069', /U\+2069/],
    ['a NUL', 'a\u0000b', /kendali U\+0000 yang merusak feed/],
    ['a bell', 'a\u0007b', /U\+0007/],
    ['a form feed', 'a\u000Cb', /U\+000C/],
    ['U+FFFE', 'a\uFFFEb', /U\+FFFE/],
    ['U+FFFF', 'a\uFFFFb', /U\+FFFF/],
    ['a lone surrogate', 'a\uD800b', /U\+D800/],
  ])('%s: refused', (_, text, message) => {
    expect(textProblem(text)).toMatch(message);
  });
});

describe('forbiddenCharacter', () => {
  test.each([
    ['none', 'Paragraf.\n\nParagraf dua.', undefined],
    ['on the first line', '\u0007abc', { line: 1, column: 1 }],
    ['after two lines', 'satu\ndua\ntig\u001Fa', { line: 3, column: 4 }],
    ['with Windows line ends', 'satu\r\ndua \uFFFF', { line: 2, column: 5 }],
  ])('%s', (_, text, at) => {
    const found = forbiddenCharacter(text);
    if (at === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(at);
  });
});
