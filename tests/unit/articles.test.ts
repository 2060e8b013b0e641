import { describe, expect, test } from 'vitest';
import {
  bannerCarriers,
  frontPage,
  inSection,
  isBreaking,
  isPublished,
  isScheduled,
  latestBreaking,
  publishedNewestFirst,
  type ArticleLike,
} from '../../src/lib/articles';
import { publishDate as date } from '../publish-date';

function article(
  id: string,
  pubDate: string,
  flags: { draft?: boolean; breaking?: boolean; breakingUntil?: string } = {},
): ArticleLike {
  const breakingUntil = flags.breakingUntil === undefined ? undefined : date(flags.breakingUntil);
  return {
    id,
    data: { pubDate: date(pubDate), draft: flags.draft ?? false, breaking: flags.breaking ?? false, breakingUntil },
  };
}

const now = new Date('2024-11-29T12:00:00+07:00');
const production = { now, preview: false };
const preview = { now, preview: true };

const articles = [
  article('lama', '2024-11-01'),
  article('terbaru', '2024-11-29T10:00:00+07:00'),
  article('draf', '2024-11-28', { draft: true }),
  article('terjadwal', '2024-11-29T13:00:00+07:00'),
  article('kemarin', '2024-11-28T22:00:00+07:00', { breaking: true }),
  article('hari-ini', '2024-11-29'),
];

test('published articles come newest first, without drafts or scheduled ones', () => {
  expect(publishedNewestFirst(articles, production).map((a) => a.id)).toEqual([
    'terbaru',
    'hari-ini',
    'kemarin',
    'lama',
  ]);
});

test('a preview (npm run dev) shows drafts and scheduled articles too', () => {
  expect(publishedNewestFirst(articles, preview).map((a) => a.id)).toEqual([
    'terjadwal',
    'terbaru',
    'hari-ini',
    'kemarin',
    'draf',
    'lama',
  ]);
});

test.each([
  ['a day is published from midnight WIB of that day', '2024-11-29', '2024-11-28T17:00:00Z', true],
  ['a day is not published the evening before in WIB', '2024-11-29', '2024-11-28T16:59:59Z', false],
  ['a date-time is published at that moment', '2024-11-29T13:00:00+07:00', '2024-11-29T06:00:00Z', true],
  ['a date-time is not published a second before', '2024-11-29T13:00:00+07:00', '2024-11-29T05:59:59Z', false],
])('scheduling: %s', (_, pubDate, at, expected) => {
  expect(isPublished(article('x', pubDate), { now: new Date(at), preview: false })).toBe(expected);
  expect(isScheduled(article('x', pubDate), new Date(at))).toBe(!expected);
});

test('a draft dated in the past is unpublished but not scheduled; one dated later is both', () => {
  const now = new Date('2024-12-01T00:00:00Z');
  const past = article('x', '2024-11-29', { draft: true });
  const later = article('y', '2024-12-05', { draft: true });
  expect([isPublished(past, { now, preview: false }), isScheduled(past, now)]).toEqual([false, false]);
  expect([isPublished(later, { now, preview: false }), isScheduled(later, now)]).toEqual([false, true]);
});

test('same-moment articles keep a stable order', () => {
  const twins = [article('b', '2024-11-29'), article('a', '2024-11-29')];
  expect(publishedNewestFirst(twins, production).map((a) => a.id)).toEqual(['a', 'b']);
});

test('the banner shows the newest breaking article', () => {
  const list = publishedNewestFirst(
    [...articles, article('breaking-lama', '2024-10-01', { breaking: true })],
    production,
  );
  expect(latestBreaking(list, now)?.id).toBe('kemarin');
});

test('no banner when nothing is breaking', () => {
  expect(latestBreaking(publishedNewestFirst([article('a', '2024-11-29')], production), now)).toBeUndefined();
  expect(latestBreaking([], now)).toBeUndefined();
});

test('a scheduled breaking article does not reach the banner early', () => {
  const list = publishedNewestFirst([article('nanti', '2024-11-30', { breaking: true })], production);
  expect(latestBreaking(list, now)).toBeUndefined();
});

describe('breaking news that ends (breakingUntil)', () => {
  // now is 2024-11-29T12:00:00+07:00
  test.each([
    ['breaking without an end stays breaking', { breaking: true }, true],
    ['an end later than now: still breaking', { breaking: true, breakingUntil: '2024-11-29T12:00:01+07:00' }, true],
    ['an end exactly now: no longer breaking', { breaking: true, breakingUntil: '2024-11-29T12:00:00+07:00' }, false],
    ['an end a second ago: no longer breaking', { breaking: true, breakingUntil: '2024-11-29T11:59:59+07:00' }, false],
    ['an end written in UTC, passed in WIB', { breaking: true, breakingUntil: '2024-11-29T04:30:00Z' }, false],
    [
      'an end that crosses midnight in WIB, still ahead',
      { breaking: true, breakingUntil: '2024-11-29T17:30:00Z' },
      true,
    ],
    [
      'an end without breaking: true changes nothing',
      { breaking: false, breakingUntil: '2024-11-30T00:00:00+07:00' },
      false,
    ],
  ])('%s', (_, flags, expected) => {
    expect(isBreaking(article('x', '2024-11-28T09:00:00+07:00', flags), now)).toBe(expected);
  });

  test('an ended story gives the banner back to the newest one still breaking', () => {
    const list = publishedNewestFirst(
      [
        article('selesai', '2024-11-29T10:00:00+07:00', { breaking: true, breakingUntil: '2024-11-29T11:00:00+07:00' }),
        article('berlangsung', '2024-11-29T08:00:00+07:00', {
          breaking: true,
          breakingUntil: '2024-11-30T08:00:00+07:00',
        }),
        article('tanpa-akhir', '2024-11-20', { breaking: true }),
      ],
      production,
    );
    expect(latestBreaking(list, now)?.id).toBe('berlangsung');
    expect(latestBreaking(list, new Date('2024-11-30T08:00:00+07:00'))?.id).toBe('tanpa-akhir');
  });

  test('when every breaking story has ended there is no banner', () => {
    const list = [
      article('selesai', '2024-11-29T10:00:00+07:00', { breaking: true, breakingUntil: '2024-11-29T11:00:00+07:00' }),
    ];
    expect(latestBreaking(list, now)).toBeUndefined();
  });
});

describe('frontPage', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

  test.each([
    [0, undefined, [], []],
    [1, 'a0', [], []],
    [3, 'a0', ['a1', 'a2'], []],
    [7, 'a0', ['a1', 'a2', 'a3', 'a4'], ['a5', 'a6']],
  ])('from %i articles: lead %s, highlights %j, latest %j', (n, lead, highlights, latest) => {
    expect(frontPage(ids(n))).toEqual({ lead, highlights, latest });
  });

  test('stays the same size however big the archive', () => {
    const page = frontPage(ids(10_000));
    expect(1 + page.highlights.length + page.latest.length).toBe(25);
  });
});

test('inSection keeps a section’s articles in order', () => {
  const list = [
    { id: 'a', data: { section: 'nasional' } },
    { id: 'b', data: { section: 'ekonomi' } },
    { id: 'c', data: { section: 'nasional' } },
  ];
  expect(inSection(list, 'nasional').map((a) => a.id)).toEqual(['a', 'c']);
});

describe('bannerCarriers', () => {
  const archive = (size: number) => Array.from({ length: size }, (_, i) => ({ id: `berita-${size - i}` }));
  const carriers = (size: number) => bannerCarriers(archive(size), 100).map(({ id }) => id);

  test('the newest articles carry it, at least `reach` and at most a quarter more', () => {
    for (const size of [2_000, 2_001, 2_024, 2_025]) {
      const ids = carriers(size);
      expect(ids[0]).toBe(`berita-${size}`);
      expect(ids.length).toBeGreaterThanOrEqual(100);
      expect(ids.length).toBeLessThan(125);
    }
  });

  test('a new story takes the banner off no older article, except once every quarter of the reach', () => {
    let takenOff = 0;
    for (let size = 2_000; size < 2_100; size++) {
      const before = new Set(carriers(size));
      const after = new Set(carriers(size + 1));
      expect(after.has(`berita-${size + 1}`)).toBe(true);
      if ([...before].some((id) => !after.has(id))) takenOff++;
    }
    expect(takenOff).toBe(4);
  });

  test('a small archive: every article carries it', () => {
    expect(carriers(30)).toHaveLength(30);
  });
});
