import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { articleBodyProcessor } from '../../src/markdown/body-processor';

// A content folder with a picture inside, an SVG under a photo's name, and a link to a picture outside.
const root = resolve('tests/.output/body-guard');
const contentDir = resolve(root, 'articles');
const article = resolve(contentDir, 'berita.mdx');
rmSync(root, { recursive: true, force: true });
mkdirSync(resolve(contentDir, 'gambar'), { recursive: true });
writeFileSync(resolve(contentDir, 'gambar/foto.jpg'), 'bukan gambar sungguhan');
writeFileSync(
  resolve(contentDir, 'gambar/menyamar.png'),
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);
writeFileSync(resolve(root, 'rahasia.jpg'), 'di luar konten');
symlinkSync(resolve(root, 'rahasia.jpg'), resolve(contentDir, 'gambar/tautan.jpg'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const processor = articleBodyProcessor('/', { contentDir });
const fileURL = pathToFileURL(article);

/** Both roads a body takes to HTML (src/markdown/article-loader.ts): Markdown rendered while the content is read, and MDX through Astro. */
const roads = {
  markdown: async (body: string) =>
    (await processor.createRenderer({ syntaxHighlight: false })).render(body, { fileURL }),
  mdx: async (body: string) =>
    (await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false })).process(body, article, {}),
};

const where = 'tests/.output/body-guard/articles/berita.mdx';
const link = (scheme: string) =>
  `tautan  skema "${scheme}:" tidak diizinkan; gunakan http(s), mailto, tel atau tautan relatif`;

/**
 * Hostile links written in Markdown, and where the guard must point. (Markdown itself
 * percent-encodes controls and spaces in an address, so `[x](< javascript:…>)` is the harmless
 * relative "%20javascript:…"; in a tag they stay, and the MDX cases below try them.)
 */
const MARKDOWN: [string, string, string][] = [
  ['a javascript: link', 'Teks.\n\nBaca [ini](javascript:alert(1)).', `${where}:3:6  ${link('javascript')}`],
  ['a mixed-case scheme', '[x](JaVaScRiPt:alert(1))', `${where}:1:1  ${link('javascript')}`],
  ['an entity-encoded scheme', '[x](&#106;avascript:alert(1))', `${where}:1:1  ${link('javascript')}`],
  ['a reference-style definition', 'Lihat [x][r].\n\n[r]: javascript:alert(1)', `${where}:1:7  ${link('javascript')}`],
  ['a vbscript: link', '[x](vbscript:msgbox(1))', `${where}:1:1  ${link('vbscript')}`],
  ['a file: link', '[x](file:///etc/passwd)', `${where}:1:1  ${link('file')}`],
  ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', `${where}:1:1  ${link('data')}`],
];

describe.each(Object.entries(roads))('the %s road refuses', (_, render) => {
  test.each(MARKDOWN)('%s', async (_, body, message) => {
    await expect(render(body)).rejects.toThrow(message);
  });
});

describe('MDX tags and pictures are refused, naming the line', () => {
  test.each([
    ['an <a href> tag', 'Teks <a href="javascript:alert(1)">x</a>.', `${where}:1:6  ${link('javascript')}`],
    [
      'an <a href> with leading controls and spaces',
      '<a href=" \u0001javascript:alert(1)">x</a>',
      `${where}:1:1  ${link('javascript')}`,
    ],
    [
      'an <a href> with a tab inside the scheme',
      '<a href="java&#9;script:alert(1)">x</a>',
      `${where}:1:1  ${link('javascript')}`,
    ],
    ['an entity-encoded <a href>', '\n<a href="&#x6A;avascript:alert(1)">x</a>', `${where}:2:1  ${link('javascript')}`],
    [
      'an <img src> with a data: picture',
      '<img src="data:image/png;base64,AAAA" alt="" />',
      `${where}:1:1  gambar  skema "data:" tidak diizinkan untuk gambar`,
    ],
    [
      'an <img srcset> with a script',
      '<img src="/logo.png" srcset="/logo.png 1x, javascript:alert(1) 2x" alt="" />',
      'gambar  skema "javascript:"',
    ],
    ['a RelatedLink to a script', '<RelatedLink href="javascript:alert(1)" title="x" />', link('javascript')],
    [
      'a Markdown picture from another site',
      '![Foto](https://example.org/foto.jpg)',
      `${where}:1:1  gambar  gambar dari situs lain tidak diizinkan`,
    ],
    [
      'a Markdown picture with a data: address',
      '![Foto](data:image/png;base64,AAAA)',
      'gambar  skema "data:" tidak diizinkan untuk gambar',
    ],
    ['an SVG picture', '![Peta](./gambar/peta.svg)', `${where}:1:1  gambar  gambar SVG tidak diizinkan`],
    ['an SVG under a photo’s name', '![Peta](./gambar/menyamar.png)', 'gambar  berkas ini berisi SVG'],
    [
      'a picture above the content folder',
      '![x](../../../../etc/foto.jpg)',
      `${where}:1:1  gambar  gambar berada di luar folder konten`,
    ],
    [
      'a symbolic link out of the content folder',
      '![x](./gambar/tautan.jpg)',
      'gambar  gambar berada di luar folder konten',
    ],
    ['a <script> tag', '<script src="/x.js"></script>', `${where}:1:1  tag  <script> tidak diizinkan di artikel`],
    ['an <iframe>', '<iframe src="https://example.org/"></iframe>', 'tag  <iframe> tidak diizinkan'],
    [
      'an event handler',
      '<img src="/logo.png" alt="" onerror="alert(1)" />',
      'tag  atribut onerror pada <img> tidak diizinkan',
    ],
  ])('%s', async (_, body, message) => {
    await expect(roads.mdx(body)).rejects.toThrow(message);
  });
});

describe.each(Object.entries(roads))('the %s road keeps', (_, render) => {
  test.each([
    [
      'links of every allowed kind',
      '[a](https://example.org/) [b](http://example.org/) [c](mailto:redaksi@warta.id) [d](tel:+62211234) [e](/berita/a/) [f](#catatan) [g](../a/)',
    ],
    ['a reference-style http link', 'Lihat [x][r].\n\n[r]: https://example.org/'],
    ['a word with a colon that is not a link', 'Pukul 10:30 di Jakarta: hujan.'],
  ])('%s', async (_, body) => {
    await expect(render(body)).resolves.toBeTruthy();
  });
});

test('MDX keeps a picture inside the content folder and a picture the site publishes', async () => {
  await expect(roads.mdx('![Foto](./gambar/foto.jpg)\n\n<img src="/logo.png" alt="Logo" />')).resolves.toBeTruthy();
});
