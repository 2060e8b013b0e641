import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxBodyProblems } from '../../src/lib/mdx-body-check';

const dir = mkdtempSync(join(tmpdir(), 'warta-body-'));
writeFileSync(join(dir, 'foto.jpg'), '');
const file = join(dir, 'berita.mdx');
const check = (body: string) => mdxBodyProblems(`---\ntitle: x\n---\n\n${body}\n`, file, dir);
const lines = (body: string) => check(body).problems.map(({ line, field, message }) => `${line} ${field} ${message}`);

describe('what an article may write, and must not be refused', () => {
  test.each([
    ['a comment', '{/* catatan untuk penyunting */}'],
    [
      'an imported picture in an expression and a prop',
      'import foto from \'./foto.jpg\';\n\n{foto.src}\n\n<Figure src={foto} alt="Senja" />',
    ],
    ['a named import', "import { a as b } from './foto.jpg';\n\n{b}"],
    ['escaped braces and angle brackets', 'suhu \\< 20 dan \\{nama\\}'],
    ['a calculation', 'Hasilnya {1 + 2}.'],
    ['the frontmatter', '{frontmatter.title}'],
    [
      'an alt given as code',
      "import foto from './foto.jpg';\nimport teks from './foto.jpg';\n\n<Figure src={foto} alt={teks} />",
    ],
    ['a RelatedLink by address', '<RelatedLink href="https://example.org/" title="Latar" />'],
  ])('%s', (_, body) => {
    expect(lines(body)).toEqual([]);
  });
});

describe('what stops the build, with the file’s own line', () => {
  test.each([
    ['an undefined name', 'Harga naik {persen}.', /^5 isi \{persen\} tidak dikenal/],
    [
      'a picture prop nothing imported',
      '<Figure src={foto} alt="Senja" />',
      /^5 <Figure> src=\{foto\}: foto tidak dikenal; import gambarnya dulu/,
    ],
    [
      'an import of a missing file',
      'import foto from \'./tidak-ada.jpg\';\n\n<Figure src={foto} alt="x" />',
      /^5 import berkas \.\/tidak-ada\.jpg tidak ada/,
    ],
    [
      'a Figure without alt',
      "import foto from './foto.jpg';\n\n<Figure src={foto} />",
      /^7 <Figure> <Figure>: alt wajib diisi/,
    ],
    [
      'a Figure with an empty alt',
      'import foto from \'./foto.jpg\';\n\n<Figure src={foto} alt="  " />',
      /^7 <Figure> <Figure>: alt wajib diisi/,
    ],
    [
      // The component needs an imported picture: a path as text would pass the check and stop the build.
      'a Figure whose src is a path written as text',
      '<Figure src="./foto.jpg" alt="Senja" />',
      /^5 <Figure> <Figure>: src harus gambar yang diimpor di awal artikel/,
    ],
    [
      'a RelatedLink with neither article nor href',
      '<RelatedLink title="x" />',
      /^5 <RelatedLink> <RelatedLink>: isi article="nama-artikel", atau href dan title$/,
    ],
    ['an HTML comment', '<!-- catatan -->', /^5 MDX MDX tidak valid: komentar HTML/],
  ])('%s', (_, body, message) => {
    expect(lines(body)).toEqual([expect.stringMatching(message)]);
  });

  test('a RelatedLink by name is left for the caller, who knows what is published', () => {
    expect(check('<RelatedLink article="lain" />').related).toEqual([
      { article: 'lain', problem: expect.objectContaining({ line: 5, field: '<RelatedLink>' }) },
    ]);
  });
});
