import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter-yaml';
import { formatProblem } from '../../src/lib/content-problems';
import { repeatedTags, uniqueTags } from '../../src/lib/tags';
import { withoutTypographicQuotes } from '../../src/lib/typography';

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nIsi.\n`;

describe('readFrontmatter names the real cause of a YAML mistake, with the file’s line', () => {
  test.each([
    [
      'an unquoted colon in a value',
      'title: Banjir: warga mengungsi\nsection: nasional',
      2,
      'title',
      /titik dua \(:\) tanpa tanda kutip; .*title: 'Banjir: warga mengungsi'/,
    ],
    [
      'a colon in the second field',
      'title: a\ndescription: Kata dia: "ya"\nsection: x',
      3,
      'description',
      /description: 'Kata dia: "ya"'/,
    ],
    ['a tab in the indentation', 'title: a\ntags:\n\t- Banjir', 4, 'tags', /tanda tab di awal baris/],
    ['a field written twice', 'title: a\ntitle: b', 3, 'title', /kolom title ditulis dua kali/],
    ['an unclosed quote', 'title: "abc\ndescription: x', 2, 'title', /tanda kutip pembuka tanpa tanda kutip penutup/],
  ])('%s', (_, yaml, line, field, message) => {
    const read = readFrontmatter(article(yaml));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ line, field });
    expect(read.problem.message).toMatch(message);
  });

  test('a missing closing --- is named as such, not as the fields it hides', () => {
    const read = readFrontmatter('---\ntitle: Judul\ndescription: Ringkasan.\n\nIsi berita.\n');
    expect(read.ok || read.problem.message).toMatch(/baris --- penutup tidak ada/);
  });

  test('a file without frontmatter is told how one starts', () => {
    const read = readFrontmatter('Isi berita saja.\n');
    expect(read.ok || read.problem.message).toMatch(/berkas harus diawali baris ---/);
  });

  test('locates fields, nested and in lists, on the file’s own lines', () => {
    const read = readFrontmatter(
      article(
        'title: a\nimage:\n  src: ./x.jpg\n  alt: b\ncorrections:\n  - date: 2024-11-29\n    text: a\n  - date: 2024-11-30\n    text: b',
      ),
    );
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(read.locate(['image', 'alt'])).toEqual({ line: 5, column: 3 });
    expect(read.locate(['corrections', 1, 'date'])).toEqual({ line: 9, column: 5 });
    // Not written at all: the nearest part that is, else the opening ---.
    expect(read.locate(['image', 'caption'])).toEqual({ line: 3, column: 1 });
    expect(read.locate(['description'])).toEqual({ line: 1, column: 1 });
  });
});

describe('formatProblem', () => {
  test.each([
    [
      { file: 'a.mdx', line: 3, column: 1, field: 'title', message: 'title tidak boleh kosong' },
      'a.mdx:3:1  title  title tidak boleh kosong',
    ],
    [{ file: 'a.mdx', line: 10, field: 'isi', message: 'x' }, 'a.mdx:10  isi  x'],
    [{ file: 'a.mdx', field: 'berkas', message: 'x', detail: 'YAML: bad indentation' }, 'a.mdx  berkas  x'],
  ])('%j → %s', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
  });

  test('what the editor wrote cannot break the line or act on the terminal', () => {
    const problem = {
      file: 'a.mdx',
      line: 5,
      column: 1,
      field: 'section',
      message: 'section "\u001b[2Jgosip\nbaru\u202e" tidak dikenal',
    };
    expect(formatProblem(problem)).toBe(
      'a.mdx:5:1  section  section "\\u001B[2Jgosip\\u000Abaru\\u202E" tidak dikenal',
    );
  });

  test('the technical cause only with --verbose', () => {
    expect(formatProblem({ file: 'a.mdx', field: 'f', message: 'm', detail: 'YAML: bad indentation' }, true)).toBe(
      'a.mdx  f  m\n    (detail: YAML: bad indentation)',
    );
  });
});

describe('tags an editor wrote twice', () => {
  test.each([
    [['Banjir', 'Jakarta'], ['Banjir', 'Jakarta'], []],
    [['Banjir', 'banjir'], ['Banjir'], ['banjir']],
    [['Korea Utara', ' korea  utara ', 'Korea Utara'], ['Korea Utara'], [' korea  utara ', 'Korea Utara']],
  ])('%j → %j, dropping %j', (tags, kept, dropped) => {
    expect(uniqueTags(tags)).toEqual(kept);
    expect(repeatedTags(tags)).toEqual(dropped);
  });
});

describe('word-processor quotes around a whole value', () => {
  test.each([
    ['“Banjir di Jakarta”', 'Banjir di Jakarta'],
    ['‘Banjir’', 'Banjir'],
    ['“Kami tidak menyerah,” kata Wali Kota', '“Kami tidak menyerah,” kata Wali Kota'],
    ['“Satu” dan “dua”', '“Satu” dan “dua”'],
    ['Banjir', 'Banjir'],
  ])('%s → %s', (value, kept) => {
    expect(withoutTypographicQuotes(value)).toBe(kept);
  });
});
