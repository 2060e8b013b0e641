import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { infoPageSchema } from '../../src/schemas/info-page';

// In Astro, `image` is the image() helper; here any string stands in for a picture's path.
const schema = articleSchema(() => z.string());

const valid = {
  title: 'Judul',
  description: 'Ringkasan berita.',
  pubDate: new Date('2024-11-29'),
  section: 'internasional',
};

/** The first problem the schema finds, as "field: message". */
function problem(entry: Record<string, unknown>): string {
  const result = schema.safeParse(entry);
  if (result.success) return 'no problem';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('a valid article', () => {
  test('gets its defaults', () => {
    const article = schema.parse(valid);
    expect(article).toMatchObject({ tags: [], breaking: false, draft: false, author: [] });
    expect(article.pubDate).toMatchObject({ dateOnly: true, iso: '2024-11-29' });
  });

  test('takes every optional field', () => {
    const article = schema.parse({
      ...valid,
      updatedDate: '2024-11-30T08:00:00+07:00',
      author: ['Rina', 'Budi'],
      tags: ['Rusia'],
      source: { name: 'Associated Press (AP)', url: 'https://apnews.com/' },
      breaking: true,
      draft: true,
      image: { src: './foto.jpg', alt: 'Foto', caption: 'Keterangan', credit: 'AP' },
    });
    expect(article.updatedDate?.iso).toBe('2024-11-30T08:00:00+07:00');
    expect(article.source?.url).toBe('https://apnews.com/');
  });

  test('breakingUntil is optional, and read as a moment in WIB when given', () => {
    expect(schema.parse(valid).breakingUntil).toBeUndefined();
    expect(
      schema.parse({ ...valid, breaking: true, breakingUntil: '2024-11-30T11:00:00Z' }).breakingUntil,
    ).toMatchObject({
      dateOnly: false,
      iso: '2024-11-30T18:00:00+07:00',
    });
  });

  test.each([
    ['https://apnews.com', 'https://apnews.com/'],
    ['https://example.com/berita?a=1&b="2"', 'https://example.com/berita?a=1&b=%222%22'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
  ])('source.url %s is kept as a browser would send it: %s', (url, href) => {
    expect(schema.parse({ ...valid, source: { name: 'AP', url } }).source?.url).toBe(href);
  });

  test('a single author becomes a list of one', () => {
    expect(schema.parse({ ...valid, author: 'Rina' }).author).toEqual(['Rina']);
  });

  test('headline and standfirst get typographic quotes and dashes', () => {
    const article = schema.parse({ ...valid, title: 'Kim: "Perang" -- lagi...', description: "Jum'at" });
    expect([article.title, article.description]).toEqual(['Kim: “Perang” – lagi…', 'Jum’at']);
  });

  test('an update on the same day as a timed story is fine', () => {
    expect(problem({ ...valid, pubDate: '2024-11-29T14:05:00+07:00', updatedDate: '2024-11-29' })).toBe('no problem');
  });
});

describe('an invalid article names the field and says what is wrong', () => {
  test.each([
    ['a missing title', { title: undefined }, /^title: title wajib diisi/],
    ['an empty title', { title: '   ' }, /^title: title tidak boleh kosong/],
    ['a missing description', { description: undefined }, /^description: description wajib diisi/],
    ['a title that is not text', { title: 42 }, /^title: title harus berupa teks/],
    ['a missing pubDate', { pubDate: undefined }, /^pubDate: pubDate wajib diisi/],
    ['a pubDate that is no date', { pubDate: 'besok' }, /^pubDate: pubDate: "besok" bukan tanggal/],
    ['an impossible day', { pubDate: '2024-13-01' }, /^pubDate: pubDate: "2024-13-01" bukan tanggal yang ada/],
    [
      'updatedDate before pubDate',
      { updatedDate: '2024-11-28' },
      /^updatedDate: updatedDate \(2024-11-28\) tidak boleh sebelum pubDate/,
    ],
    [
      'an unknown section',
      { section: 'gosip' },
      /^section: section "gosip" tidak dikenal; pilih salah satu dari nasional, internasional/,
    ],
    ['a missing section', { section: undefined }, /^section: section wajib diisi/],
    [
      'a relative source url',
      { source: { name: 'AP', url: '/berita' } },
      /^source\.url: source\.url harus alamat lengkap/,
    ],
    ['a source url that is not http', { source: { name: 'AP', url: 'javascript:alert(1)' } }, /^source\.url: /],
    ['a source without a name', { source: { url: 'https://apnews.com/' } }, /^source\.name: source\.name wajib diisi/],
    ['an image without alt', { image: { src: './foto.jpg' } }, /^image\.alt: image\.alt wajib diisi/],
    [
      'an image with empty alt',
      { image: { src: './foto.jpg', alt: '' } },
      /^image\.alt: image\.alt tidak boleh kosong/,
    ],
    ['breaking as text', { breaking: 'ya' }, /^breaking: breaking harus true atau false/],
    ['draft as a quoted "true"', { draft: 'true' }, /^draft: draft harus true atau false/],
    ['a tag with no Latin letters', { tags: ['北朝鮮'] }, /^tags\.0: tags: setiap topik/],
    ['an empty author list', { author: [] }, /^author: /],
    [
      'a breakingUntil that is a day without a time',
      { breakingUntil: '2024-11-30' },
      /^breakingUntil: breakingUntil harus tanggal dan jam dengan zona waktu/,
    ],
    [
      'a breakingUntil that is no date',
      { breakingUntil: 'besok' },
      /^breakingUntil: breakingUntil: "besok" bukan tanggal/,
    ],
    [
      'a breakingUntil with a time but no offset',
      { breakingUntil: '2024-11-30T18:00' },
      /^breakingUntil: breakingUntil: "2024-11-30T18:00" bukan tanggal yang dikenali/,
    ],
    [
      'a breakingUntil before pubDate',
      { pubDate: '2024-11-29T10:00:00+07:00', breakingUntil: '2024-11-29T09:00:00+07:00' },
      /^breakingUntil: breakingUntil \(2024-11-29T09:00:00\+07:00\) tidak boleh sebelum pubDate/,
    ],
    [
      'a right-to-left override in the title',
      { title: 'Menteri \u202Eharga naik' },
      /^title: title memuat karakter pengatur arah teks U\+202E/,
    ],
    [
      'an isolate left open in the description',
      { description: 'Ringkasan \u2067x' },
      /^description: description memuat karakter pengatur arah teks U\+2067/,
    ],
    ['an override in a tag', { tags: ['Rusia\u202D'] }, /^tags\.0: tags memuat karakter pengatur arah teks U\+202D/],
    ['an override in an author', { author: ['\u202ERina'] }, /^author\.0: author memuat karakter pengatur arah teks/],
    ['a control character in the title', { title: 'Judul\u0007' }, /^title: title memuat karakter kendali U\+0007/],
    [
      'a NUL in the description',
      { description: 'a\u0000b' },
      /^description: description memuat karakter kendali U\+0000/,
    ],
    [
      'U+FFFF in a caption',
      { image: { src: './foto.jpg', alt: 'Foto', caption: 'x\uFFFF' } },
      /^image\.caption: image\.caption memuat karakter kendali U\+FFFF/,
    ],
    [
      'an override in a credit',
      { image: { src: './foto.jpg', alt: 'Foto', credit: '\u202EAP' } },
      /^image\.credit: image\.credit memuat/,
    ],
    [
      'a control character in the image alt',
      { image: { src: './foto.jpg', alt: 'Foto\u001B' } },
      /^image\.alt: image\.alt memuat karakter kendali U\+001B/,
    ],
    [
      'a control character in the source name',
      { source: { name: 'AP\u0008' } },
      /^source\.name: source\.name memuat karakter kendali U\+0008/,
    ],
    [
      'a control character in a correction',
      { corrections: [{ date: '2024-11-30', text: 'Salah\u0002' }] },
      /^corrections\.0\.text: corrections\.text memuat karakter kendali U\+0002/,
    ],
  ])('%s', (_, change, message) => {
    expect(problem({ ...valid, ...change })).toMatch(message);
  });
});

describe('aliases: the old addresses of a renamed article', () => {
  test.each([
    ['one old address', ['/berita/judul-lama/'], ['judul-lama']],
    ['without the closing slash', ['/berita/judul-lama'], ['judul-lama']],
    ['with spaces around it', ['  /berita/judul-lama/ '], ['judul-lama']],
    ['several', ['/berita/a/', '/berita/b-2/'], ['a', 'b-2']],
    ['none', undefined, []],
  ])('%s', (_, aliases, ids) => {
    expect(schema.parse({ ...valid, aliases }).aliases).toEqual(ids);
  });

  test.each([
    [
      'without /berita/',
      ['/kanal/judul-lama/'],
      /^aliases\.0: aliases: "\/kanal\/judul-lama\/" harus diawali \/berita\//,
    ],
    [
      'a whole address',
      ['https://warta.example/berita/judul-lama/'],
      /^aliases\.0: aliases: ".*" harus diawali \/berita\//,
    ],
    ['without the leading slash', ['berita/judul-lama/'], /harus diawali \/berita\//],
    ['the folder alone', ['/berita/'], /^aliases\.0: aliases: "\/berita\/" bukan alamat berita yang sah/],
    ['two folders deep', ['/berita/2024/judul/'], /bukan alamat berita yang sah/],
    [
      'capitals and spaces',
      ['/berita/Judul Lama/'],
      /bukan alamat berita yang sah; tulis \/berita\/ lalu nama file lama/,
    ],
    ['a quote that would break a line of _redirects', ['/berita/a"b/'], /bukan alamat berita yang sah/],
    [
      'one address, not a list',
      '/berita/judul-lama/',
      /^aliases: aliases harus berupa daftar, misalnya aliases: \[\/berita\/judul-lama\/\]/,
    ],
    ['a number', [42], /^aliases\.0: aliases: setiap alamat lama harus berupa teks/],
  ])('refuses %s', (_, aliases, message) => {
    expect(problem({ ...valid, aliases })).toMatch(message);
  });
});

describe('an info page (redaksi, kontak)', () => {
  /** The first problem the schema finds, as "field: message". */
  function infoPageProblem(entry: Record<string, unknown>): string {
    const result = infoPageSchema.safeParse(entry);
    if (result.success) return 'no problem';
    const issue = result.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  }

  test.each([
    ['no title', { description: 'Tentang kami.' }, 'title: title wajib diisi'],
    ['an empty description', { title: 'Redaksi', description: '  ' }, 'description: description tidak boleh kosong'],
    ['a title that is a number', { title: 2024, description: 'Tentang kami.' }, 'title: title harus berupa teks'],
  ])('%s is refused in Indonesian', (_, entry, message) => {
    expect(infoPageProblem(entry)).toBe(message);
  });

  test('a valid page gets the same typography as articles', () => {
    expect(infoPageSchema.parse({ title: 'Redaksi "Warta"', description: 'Tentang kami...' })).toEqual({
      title: 'Redaksi “Warta”',
      description: 'Tentang kami…',
    });
  });
});
