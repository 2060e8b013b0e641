import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { isPlainMarkdown } from '../../src/markdown/body-processor';
import { blankFrontmatter, bodyAfterFrontmatter, frontmatterText } from '../../src/lib/frontmatter';

// Bodies judged plain are rendered as Markdown; tests/site/build-sites.ts builds a site with every
// body through MDX instead, and tests/site/integrity.test.ts requires the two sites to be identical.
describe('isPlainMarkdown', () => {
  test.each([
    ['paragraphs with typography', 'Dia berkata "cukup" -- lalu pergi...\n\nParagraf kedua.'],
    [
      'headings, lists, quotes and links',
      '## Judul\n\n- satu\n  - dua\n\n> kutipan\n\n[tautan](/berita/a/) dan https://example.org',
    ],
    ['emphasis and code spans', 'Ada *miring*, **tebal** dan `kode`.'],
  ])('%s: plain', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(true);
  });

  test.each([
    ['a component', 'Teks.\n\n<PullQuote>kata</PullQuote>'],
    ['raw HTML', 'Teks <b>tebal</b>.'],
    ['an expression', 'Tahun {2024}.'],
    ['an import', "import foto from './foto.jpg';\n\nTeks."],
    ['an indented line', 'Teks.\n\n    bukan kode di MDX'],
    ['fenced code', 'Teks.\n\n```js\nx\n```'],
    ['a picture', '![Foto](./foto.jpg)'],
    ['a table', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
    ['a table without outer pipes', 'a | b\n--- | ---\n1 | 2'],
    ['a footnote', 'Teks.[^1]\n\n[^1]: Catatan.'],
    ['a line break', 'Baris satu\\\nbaris dua'],
    ['a line break by two spaces', 'Baris satu  \nbaris dua'],
    ['a rule', 'Teks.\n\n***\n\nTeks.'],
  ])('%s: through MDX', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});

// The identical-sites test proves the Markdown road only for bodies that take it.
test.each([
  ['tests/fixtures/articles/markdown-lengkap.mdx', true],
  ['content/articles/menhan-rusia-kunjungi-korea-utara.mdx', true],
  ['tests/fixtures/articles/markdown-khusus.mdx', false],
  ['tests/fixtures/articles/komponen.mdx', false],
])('%s takes the plain-Markdown road: %s', (file, plain) => {
  expect(isPlainMarkdown(bodyAfterFrontmatter(readFileSync(file, 'utf8')))).toBe(plain);
});

// Astro finds frontmatter after blank lines too; reading the body ourselves must agree, or the
// YAML would be rendered as the article's first paragraph.
describe('frontmatter is found where Astro finds it', () => {
  test.each([
    ['at the top', '---\njudul: A\n---\nIsi.', '\nIsi.'],
    ['after a blank line', '\n---\njudul: A\n---\nIsi.', '\nIsi.'],
    ['after a byte-order mark', '\uFEFF---\njudul: A\n---\nIsi.', '\nIsi.'],
    ['with Windows line ends', '---\r\njudul: A\r\n---\r\nIsi.', '\r\nIsi.'],
  ])('%s', (_, source, body) => {
    expect(frontmatterText(source)?.trim()).toBe('judul: A');
    expect(bodyAfterFrontmatter(source)).toBe(body);
    const blanked = blankFrontmatter(source);
    expect(blanked.endsWith(body) && blanked.length === source.length).toBe(true);
    expect(blanked.slice(0, -body.length).trim()).toBe('');
  });

  test('a file without frontmatter is all body', () => {
    expect(frontmatterText('Isi saja.')).toBeUndefined();
    expect(bodyAfterFrontmatter('Isi saja.')).toBe('Isi saja.');
  });
});
