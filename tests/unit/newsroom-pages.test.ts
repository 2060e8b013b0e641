import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { publishDate } from '../publish-date';
import { publisher } from '../json-ld-publisher';
import { lastModified } from '../../src/lib/article-facts';
import { archiveIndex, groupByMonth, monthOf, monthTitle } from '../../src/lib/date-archive';
import { articlesBy, authorFinder } from '../../src/lib/authors';
import { bylinePieces, creditFor } from '../../src/lib/byline';
import { isLiveOpen, liveFacts, parseLiveUpdates, updateAnchor, updateHeadline } from '../../src/lib/live';
import { isBreaking, latestBreaking } from '../../src/lib/articles';
import { liveBlogPosting, profilePage, type ArticleFacts } from '../../src/lib/json-ld';
import { authorSchema } from '../../src/schemas/author';
import { articleSchema } from '../../src/schemas/article';

const at = publishDate;
const dated = (id: string, pubDate: string) => ({ id, data: { pubDate: at(pubDate) } });

describe('date archives go by the month in WIB', () => {
  test.each([
    ['2024-10-31T16:59:59Z', { year: 2024, month: 10 }],
    ['2024-10-31T17:00:00Z', { year: 2024, month: 11 }],
    ['2024-12-31T20:00:00Z', { year: 2025, month: 1 }],
    ['2024-02-29', { year: 2024, month: 2 }],
  ])('%s falls in %j', (time, month) => {
    expect(monthOf(at(time).instant)).toEqual(month);
  });

  test('months newest first, articles newest first within them, no empty month', () => {
    const articles = [
      dated('c', '2025-01-02'),
      dated('b', '2024-11-30'),
      dated('a', '2024-11-01'),
      dated('old', '2024-08-15'),
    ];
    const groups = groupByMonth(articles);
    expect(groups.map(({ year, month, articles }) => [year, month, articles.map(({ id }) => id)])).toEqual([
      [2025, 1, ['c']],
      [2024, 11, ['b', 'a']],
      [2024, 8, ['old']],
    ]);
    expect(archiveIndex(groups)).toEqual([
      { year: 2025, months: [{ year: 2025, month: 1, count: 1 }] },
      {
        year: 2024,
        months: [
          { year: 2024, month: 11, count: 2 },
          { year: 2024, month: 8, count: 1 },
        ],
      },
    ]);
  });

  test.each([
    [{ year: 2024, month: 1 }, 'Januari 2024'],
    [{ year: 2024, month: 11 }, 'November 2024'],
    [{ year: 2025, month: 12 }, 'Desember 2025'],
  ])('%j is called %s', (month, title) => {
    expect(monthTitle(month)).toBe(title);
  });
});

describe('writers are found by name', () => {
  const writers = [
    { id: 'rina', data: { name: 'Rina Wijaya' } },
    { id: 'jose', data: { name: 'José Ramos-Horta' } },
  ];
  const find = authorFinder(writers);

  test.each([
    ['Rina Wijaya', 'rina'],
    ['rina  wijaya', 'rina'],
    ['Jose Ramos Horta', 'jose'],
    ['Budi', undefined],
    ['', undefined],
  ])('%j is %j', (name, id) => {
    expect(find(name)?.id).toBe(id);
  });

  test('two files for one name stop the build, naming both', () => {
    expect(() => authorFinder([...writers, { id: 'rina-2', data: { name: 'RINA WIJAYA' } }])).toThrow(
      /rina dan rina-2/,
    );
  });

  test('a writer’s articles are those whose byline names them, in any spelling', () => {
    const articles = [
      { id: 'a', data: { author: ['Rina Wijaya', 'Budi'] } },
      { id: 'b', data: { author: [] } },
      { id: 'c', data: { author: ['rina wijaya'] } },
    ];
    expect(articlesBy(articles, 'Rina Wijaya').map(({ id }) => id)).toEqual(['a', 'c']);
  });

  test.each([
    [['Rina'], {}, [{ text: 'Oleh ' }, { text: 'Rina', href: undefined }]],
    [
      ['Rina', 'Budi'],
      { Budi: '/penulis/budi/' },
      [
        { text: 'Oleh ' },
        { text: 'Rina', href: undefined },
        { text: ' dan ' },
        { text: 'Budi', href: '/penulis/budi/' },
      ],
    ],
    [
      ['A', 'B', 'C'],
      { A: '/penulis/a/' },
      [
        { text: 'Oleh ' },
        { text: 'A', href: '/penulis/a/' },
        { text: ', ' },
        { text: 'B', href: undefined },
        { text: ' dan ' },
        { text: 'C', href: undefined },
      ],
    ],
  ])(
    'the byline %j with pages %j links only the writers who have one',
    (names, pages: Record<string, string>, pieces) => {
      expect(bylinePieces(creditFor(names, undefined, (name) => pages[name]))).toEqual(pieces);
    },
  );
});

describe("a writer's file", () => {
  const schema = authorSchema(() => z.string());
  const problems = (data: unknown) => {
    const result = schema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  test('needs only a name and a bio; links default to none', () => {
    expect(schema.parse({ name: 'Rina', bio: 'Wartawan.' })).toEqual({ name: 'Rina', bio: 'Wartawan.', links: [] });
  });

  test.each([
    [{ bio: 'x' }, 'name wajib diisi'],
    [{ name: 'Rina', bio: ' ' }, 'bio tidak boleh kosong'],
    [{ name: 'Rina', bio: 'x'.repeat(401) }, 'bio terlalu panjang; tulis paling banyak 400 karakter'],
    [
      { name: 'Rina', bio: 'x', links: [{ label: 'X', url: 'javascript:alert(1)' }] },
      'links.url harus alamat lengkap yang diawali http:// atau https://',
    ],
    [
      { name: 'Rina', bio: 'x', foto: 'a.jpg' },
      'kolom tidak dikenal: foto; yang dikenal: name, role, bio, photo, links',
    ],
  ])('%j: %s', (data, message) => {
    expect(problems(data)).toContain(message);
  });
});

describe('live coverage', () => {
  const live = { start: at('2024-11-29T08:00:00+07:00') };
  const update = (time: string, body = 'Isi.', title = '') =>
    `<Pembaruan waktu="${time}"${title ? ` judul="${title}"` : ''}>\n${body}\n</Pembaruan>\n\n`;

  test('reads updates newest first, with their time, heading, words and anchor', () => {
    const body =
      update('2024-11-29T14:05:00+07:00', 'Kata **BNPB** lewat [situs](https://bnpb.go.id/).', 'Posko dibuka') +
      update('2024-11-29T09:00:00+07:00');
    const { updates, problems } = parseLiveUpdates(body, live);
    expect(problems).toEqual([]);
    expect(updates.map(({ time, title, text, anchor, line }) => [time.iso, title, text, anchor, line])).toEqual([
      ['2024-11-29T14:05:00+07:00', 'Posko dibuka', 'Kata BNPB lewat situs.', 'pembaruan-20241129-1405', 1],
      ['2024-11-29T09:00:00+07:00', undefined, 'Isi.', 'pembaruan-20241129-0900', 5],
    ]);
  });

  test.each([
    [
      'an older update above a newer one',
      update('2024-11-29T09:00:00+07:00') + update('2024-11-29T10:00:00+07:00'),
      'baris 5: pembaruan 2024-11-29T10:00:00+07:00 lebih baru daripada pembaruan di atasnya (baris 1); letakkan yang terbaru paling atas',
    ],
    [
      'two updates at one time',
      update('2024-11-29T09:00:00+07:00') + update('2024-11-29T02:00:00Z'),
      'baris 5: pembaruan 2024-11-29T09:00:00+07:00 berwaktu sama dengan pembaruan di baris 1',
    ],
    [
      'a day without a time',
      update('2024-11-29'),
      'baris 1: waktu="2024-11-29" harus tanggal dan jam dengan zona waktu, misalnya 2024-11-29T14:05:00+07:00',
    ],
    [
      'no time at all',
      '<Pembaruan judul="x">\nIsi.\n</Pembaruan>',
      'baris 1: <Pembaruan> tanpa waktu; tulis misalnya waktu="2024-11-29T14:05:00+07:00"',
    ],
    [
      'an update before the coverage opened',
      update('2024-11-29T07:59:00+07:00'),
      'baris 1: pembaruan 2024-11-29T07:59:00+07:00 sebelum live.start (2024-11-29T08:00:00+07:00)',
    ],
    [
      'an update never closed',
      '<Pembaruan waktu="2024-11-29T09:00:00+07:00">\nIsi.',
      'ada <Pembaruan> yang tidak ditutup dengan </Pembaruan>',
    ],
  ])('refuses %s', (_, body, problem) => {
    expect(parseLiveUpdates(body, live).problems).toEqual([problem]);
  });

  test('refuses an update after the coverage closed', () => {
    const closed = { ...live, end: at('2024-11-29T20:00:00+07:00') };
    expect(parseLiveUpdates(update('2024-11-29T20:01:00+07:00'), closed).problems).toEqual([
      'baris 1: pembaruan 2024-11-29T20:01:00+07:00 sesudah live.end (2024-11-29T20:00:00+07:00)',
    ]);
  });

  test('an empty body has no updates and no problem', () => {
    expect(parseLiveUpdates('', live)).toEqual({ updates: [], problems: [] });
  });

  test.each([
    ['2024-11-29T14:05:00+07:00', 'pembaruan-20241129-1405'],
    ['2024-11-29T17:30:00Z', 'pembaruan-20241130-0030'],
    ['2024-11-29T14:05:30+07:00', 'pembaruan-20241129-140530'],
  ])('the update at %s keeps the anchor %s', (time, anchor) => {
    expect(updateAnchor(at(time).instant)).toBe(anchor);
  });

  test.each([
    [{ title: 'Posko dibuka', text: 'Isi panjang.' }, 'Posko dibuka'],
    [{ title: undefined, text: 'Singkat.' }, 'Singkat.'],
    [{ title: undefined, text: `${'kata '.repeat(40)}akhir` }, `${'kata '.repeat(21).trim()}…`],
  ])('an update %j is headed %j', (update, headline) => {
    expect(updateHeadline(update)).toBe(headline);
  });

  const story = (id: string, pubDate: string, extra: object) => ({
    id,
    data: { pubDate: at(pubDate), draft: false, breaking: false, ...extra },
  });
  const now = at('2024-11-29T12:00:00+07:00').instant;

  test.each([
    ['open coverage, not marked breaking', { live }, true],
    [
      'closed coverage, though marked breaking',
      { breaking: true, live: { ...live, end: at('2024-11-29T11:00:00+07:00') } },
      false,
    ],
    ['coverage that closes later', { live: { ...live, end: at('2024-11-29T13:00:00+07:00') } }, true],
  ])('the banner carries %s: %s', (_, extra, breaking) => {
    expect(isBreaking(story('x', '2024-11-29T08:00:00+07:00', extra), now)).toBe(breaking);
    expect(isLiveOpen((extra as { live: Parameters<typeof isLiveOpen>[0] }).live, now)).toBe(breaking);
  });

  test('an open live page leads the banner over an older breaking story', () => {
    const articles = [
      story('live', '2024-11-29T08:00:00+07:00', { live }),
      story('old', '2024-11-28', { breaking: true }),
    ];
    expect(latestBreaking(articles, now)?.id).toBe('live');
  });
});

describe('structured data of the new pages', () => {
  const facts: ArticleFacts = {
    url: 'https://warta.example/berita/a/',
    headline: 'Langsung: banjir',
    description: 'Ringkasan',
    datePublished: '2024-11-29T08:00:00+07:00',
    dateModified: '2024-11-29T14:05:00+07:00',
    authors: [],
    section: 'Nasional',
    keywords: [],
    imageUrl: 'https://warta.example/og/berita/a.png',
  };
  const update = {
    headline: 'Posko',
    datePublished: '2024-11-29T14:05:00+07:00',
    url: `${facts.url}#pembaruan-20241129-1405`,
    articleBody: 'Isi.',
  };

  test.each([
    ['open', undefined, {}],
    ['closed', '2024-11-29T20:00:00+07:00', { coverageEndTime: '2024-11-29T20:00:00+07:00' }],
  ])('a live page (%s) is a LiveBlogPosting with its coverage and updates', (_, end, endFields) => {
    const posting = liveBlogPosting(
      facts,
      { start: '2024-11-29T08:00:00+07:00', end, updates: [update] },
      publisher,
      'id',
    );
    expect(posting).toMatchObject({
      '@type': 'LiveBlogPosting',
      coverageStartTime: '2024-11-29T08:00:00+07:00',
      ...endFields,
      liveBlogUpdate: [{ '@type': 'BlogPosting', ...update }],
    });
    if (!end) expect(Object.keys(posting)).not.toContain('coverageEndTime');
  });

  test('a writer’s page is a ProfilePage about a Person whose url is the page', () => {
    const url = 'https://warta.example/penulis/rina/';
    expect(profilePage({ name: 'Rina', url, bio: 'Wartawan.', sameAs: [] }, 'id')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url,
      inLanguage: 'id',
      mainEntity: { '@type': 'Person', name: 'Rina', url, description: 'Wartawan.' },
    });
  });
});

describe('the frontmatter of a live page', () => {
  const schema = articleSchema(() => z.string());
  const base = {
    title: 'Langsung',
    description: 'Ringkasan',
    pubDate: '2024-11-29T08:00:00+07:00',
    section: 'nasional',
  };
  const problems = (live: unknown) => {
    const result = schema.safeParse({ ...base, live });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  test.each([
    [{ start: '2024-11-29T08:00:00+07:00' }, []],
    [{ start: '2024-11-29T08:00:00+07:00', end: '2024-11-29T20:00:00+07:00' }, []],
    [
      { start: '2024-11-29' },
      ['live.start harus tanggal dan jam dengan zona waktu, misalnya 2024-11-29T08:00:00+07:00'],
    ],
    [
      { start: '2024-11-29T08:00:00+07:00', end: '2024-11-29T07:00:00+07:00' },
      ['live.end (2024-11-29T07:00:00+07:00) harus sesudah live.start (2024-11-29T08:00:00+07:00)'],
    ],
    [
      { start: '2024-11-29T08:00:00+07:00', selesai: '2024-11-29T20:00:00+07:00' },
      ['live hanya mengenal start dan end, bukan selesai'],
    ],
    [true, ['live harus berisi start (dan end bila liputan selesai), masing-masing di baris sendiri']],
  ])('live: %j → %j', (live, expected) => {
    expect(problems(live)).toEqual(expected);
  });
});

describe('a live page in structured data', () => {
  const update = (time: string, title?: string) => ({
    time: publishDate(time),
    title,
    text: 'Isi.',
    anchor: `a-${time.slice(11, 13)}`,
    line: 1,
  });
  const updates = [update('2024-11-22T09:00:00+07:00', 'Terbaru'), update('2024-11-21T09:00:00+07:00')];

  test('coverage times and every update, each at its own anchor', () => {
    expect(
      liveFacts({ start: publishDate('2024-11-20T08:00:00+07:00') }, updates, 'https://warta.example/berita/x/'),
    ).toEqual({
      start: '2024-11-20T08:00:00+07:00',
      end: undefined,
      updates: [
        {
          headline: 'Terbaru',
          datePublished: '2024-11-22T09:00:00+07:00',
          url: 'https://warta.example/berita/x/#a-09',
          articleBody: 'Isi.',
        },
        {
          headline: 'Isi.',
          datePublished: '2024-11-21T09:00:00+07:00',
          url: 'https://warta.example/berita/x/#a-09',
          articleBody: 'Isi.',
        },
      ],
    });
  });

  test('the newest update is the page’s last change when it came after the others', () => {
    const data = { pubDate: publishDate('2024-11-20'), updatedDate: publishDate('2024-11-21'), corrections: [] };
    expect(lastModified(data, updates).iso).toBe('2024-11-22T09:00:00+07:00');
    expect(lastModified(data).iso).toBe('2024-11-21');
  });
});
