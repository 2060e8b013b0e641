import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pageProblems } from '../../src/lib/writer-and-page-checks';
import { textProblem } from '../../src/lib/unsafe-text';

let pages = '';
beforeEach(() => {
  pages = join(mkdtempSync(join(tmpdir(), 'warta-pages-')), 'pages');
  mkdirSync(pages);
});
afterEach(() => rmSync(pages, { recursive: true, force: true }));

const problemsOf = (name: string, frontmatter: string) => {
  writeFileSync(join(pages, name), `---\n${frontmatter}---\n\nIsi halaman.\n`);
  return pageProblems(pages).map(({ line, field, message }) => ({ line, field, message }));
};

describe('a standing page’s frontmatter', () => {
  test('a missing title is named as missing, on the schema’s own words', () => {
    expect(problemsOf('kontak.mdx', 'description: Cara menghubungi redaksi.\n')).toEqual([
      expect.objectContaining({ field: 'title', message: 'title wajib diisi' }),
    ]);
  });

  test('a title with a control character says so, not that the title is empty', () => {
    expect(
      problemsOf('kontak.mdx', 'title: "Kontak\\u0007 redaksi"\ndescription: Cara menghubungi redaksi.\n'),
    ).toEqual([expect.objectContaining({ field: 'title', message: `title ${textProblem('Kontak\u0007 redaksi')}` })]);
  });
});
