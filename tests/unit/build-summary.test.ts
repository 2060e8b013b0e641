import { describe, expect, test } from 'vitest';
import { articleCensus, buildSummary, removedPaths, type ArticleCensus } from '../../src/lib/build-summary';
import { publishDate } from '../publish-date';

const NOW = new Date('2024-12-01T05:00:00Z'); // 12.00 WIB

const article = (id: string, pubDate: string, draft = false) => ({
  id,
  data: { title: `Judul ${id}`, pubDate: publishDate(pubDate), draft, breaking: false },
});

describe('articleCensus', () => {
  const census = articleCensus(
    [
      article('lama', '2024-11-29'),
      article('tadi', '2024-12-01T11:59:00+07:00'),
      article('nanti', '2024-12-01T12:00:01+07:00'),
      // A year typed wrong: the story would wait a year, unseen, were it not listed.
      article('salah-tahun', '2204-12-01'),
      article('draf', '2024-11-30', true),
      article('draf-masa-depan', '2025-01-01', true),
    ],
    NOW,
    (id) => `/warta/berita/${id}/`,
  );

  test('counts published articles by address', () => {
    expect(census.published.map(({ path }) => path)).toEqual(['/warta/berita/lama/', '/warta/berita/tadi/']);
  });

  test('lists scheduled articles soonest first, with their date as readers would see it, year included', () => {
    expect(census.scheduled).toEqual([
      { path: '/warta/berita/nanti/', title: 'Judul nanti', when: 'Minggu, 1 Desember 2024, 12.00 WIB' },
      { path: '/warta/berita/salah-tahun/', title: 'Judul salah-tahun', when: 'Sabtu, 1 Desember 2204' },
    ]);
  });

  test('counts a draft as a draft, whatever its date', () => {
    expect(census.drafts).toBe(2);
  });
});

describe('removedPaths', () => {
  test.each([
    ['nothing changed', ['/berita/a/', '/berita/b/'], ['/berita/b/', '/berita/a/'], []],
    ['an article deleted', ['/berita/a/', '/berita/b/'], ['/berita/a/'], ['/berita/b/']],
    ['a file renamed', ['/berita/lama/'], ['/berita/baru/'], ['/berita/lama/']],
    ['an article added', ['/berita/a/'], ['/berita/a/', '/berita/b/'], []],
    ['every article gone', ['/berita/b/', '/berita/a/'], [], ['/berita/a/', '/berita/b/']],
    ['an address in Unicode', ['/berita/%C3%A9t%C3%A9/'], [], ['/berita/%C3%A9t%C3%A9/']],
    ['a list written twice', ['/berita/a/', '/berita/a/'], [], ['/berita/a/']],
  ])('%s', (_, previous, current, removed) => {
    expect(removedPaths(previous, current)).toEqual(removed);
  });
});

describe('buildSummary', () => {
  const census: ArticleCensus = {
    published: [{ path: '/berita/a/', title: 'A' }],
    scheduled: [{ path: '/berita/nanti/', title: 'Judul "nanti" </script>', when: 'Kamis, 1 Desember 2204' }],
    drafts: 3,
  };

  test('names the counts, each scheduled story with its date, and the warnings', () => {
    expect(
      buildSummary({ census, warnings: ['a.mdx  tags  topik "Banjir" ditulis dua kali'], previous: undefined }),
    ).toBe(
      [
        'Ringkasan build:',
        '  Terbit: 1 artikel',
        '  Terjadwal: 1 artikel (periksa tanggalnya)',
        '    - Kamis, 1 Desember 2204: Judul "nanti" </script> (/berita/nanti/)',
        '  Draf: 3 artikel',
        '  Peringatan: 1',
        '    - a.mdx  tags  topik "Banjir" ditulis dua kali',
      ].join('\n'),
    );
  });

  test.each([
    ['a first build says nothing of missing addresses', undefined, [], undefined],
    ['nothing missing', ['/berita/a/'], [], '  Alamat yang hilang sejak build sebelumnya: 0'],
    [
      'an address gone',
      ['/berita/a/', '/berita/b/'],
      [],
      '  Alamat yang hilang sejak build sebelumnya: 1\n    - /berita/b/\n',
    ],
    [
      'an address kept by an alias is not missing',
      ['/berita/a/', '/berita/b/'],
      ['/berita/b/'],
      '  Alamat yang hilang sejak build sebelumnya: 0',
    ],
  ])('%s', (_, previous, redirected, expected) => {
    const summary = buildSummary({ census, warnings: [], previous, redirected });
    if (expected === undefined) expect(summary).not.toContain('hilang');
    else expect(summary).toContain(expected);
  });

  test('an empty site reads as zeros, not as an error', () => {
    expect(buildSummary({ census: { published: [], scheduled: [], drafts: 0 }, warnings: [], previous: [] })).toBe(
      [
        'Ringkasan build:',
        '  Terbit: 0 artikel',
        '  Terjadwal: 0 artikel',
        '  Draf: 0 artikel',
        '  Peringatan: 0',
        '  Alamat yang hilang sejak build sebelumnya: 0',
      ].join('\n'),
    );
  });
});
