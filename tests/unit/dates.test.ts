import { describe, expect, test, vi } from 'vitest';
import { formatPublishDate, parsePublishDate, toSiteIso, zoneOffsetMinutes } from '../../src/lib/dates';
import { publishDate as parsed } from '../publish-date';

describe('parsePublishDate', () => {
  test.each([
    ['a quoted day', '2024-11-29', { dateOnly: true, iso: '2024-11-29', instant: '2024-11-28T17:00:00.000Z' }],
    [
      'an unquoted day (YAML gives a Date at UTC midnight)',
      new Date('2024-11-29'),
      { dateOnly: true, iso: '2024-11-29', instant: '2024-11-28T17:00:00.000Z' },
    ],
    [
      'a quoted date-time in WIB',
      '2024-11-29T14:05:00+07:00',
      { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' },
    ],
    [
      'an unquoted date-time (YAML gives a Date)',
      new Date('2024-11-29T14:05:00+07:00'),
      { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' },
    ],
    [
      'a UTC time that is already the next day in WIB',
      '2024-11-29T18:30:00Z',
      { dateOnly: false, iso: '2024-11-30T01:30:00+07:00', instant: '2024-11-29T18:30:00.000Z' },
    ],
    [
      'a date-time in another offset',
      '2024-11-29T09:00:00+09:00',
      { dateOnly: false, iso: '2024-11-29T07:00:00+07:00', instant: '2024-11-29T00:00:00.000Z' },
    ],
    [
      'a date-time without seconds',
      '2024-11-29T14:05+07:00',
      { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' },
    ],
  ])('reads %s', (_, input, expected) => {
    const result = parsed(input);
    expect({ dateOnly: result.dateOnly, iso: result.iso, instant: result.instant.toISOString() }).toEqual(expected);
  });

  test.each([
    ['text that is no date', 'kemarin'],
    ['a day that does not exist', '2024-02-30'],
    ['a date-time without an offset, which would depend on the build machine', '2024-11-29T14:05:00'],
    ['a number', 20241129],
    ['an invalid Date', new Date('nope')],
  ])('rejects %s with a message', (_, input) => {
    expect(parsePublishDate(input)).toEqual(expect.any(String));
  });
});

describe('formatPublishDate', () => {
  test.each([
    ['a day, without a time', '2024-11-29', 'Jumat, 29 November 2024'],
    ['a date-time, in WIB', '2024-11-29T14:05:00+07:00', 'Jumat, 29 November 2024, 14.05 WIB'],
    [
      'a UTC evening, which is the next morning in Jakarta',
      '2024-11-29T18:30:00Z',
      'Sabtu, 30 November 2024, 01.30 WIB',
    ],
    ['midnight in Jakarta', '2024-12-31T17:00:00Z', 'Rabu, 1 Januari 2025, 00.00 WIB'],
  ])('shows %s', (_, input, expected) => {
    expect(formatPublishDate(parsed(input))).toBe(expected);
  });

  // The machine's zone is set before the module is loaded, so formatters built at import time
  // are built in it: a formatter that forgot its timeZone would then show the machine's hours.
  test.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Jakarta'])(
    'does not depend on the machine time zone (%s)',
    async (zone) => {
      const machineZone = process.env.TZ;
      try {
        process.env.TZ = zone; // Node applies a new TZ at once to Date and to formatters built after it
        vi.resetModules();
        const dates = await import('../../src/lib/dates');
        const read = (value: string) =>
          dates.parsePublishDate(value) as Exclude<ReturnType<typeof dates.parsePublishDate>, string>;
        expect(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'the machine zone took effect').toBe(zone);
        expect(dates.formatPublishDate(read('2024-11-28T23:59:00+07:00'))).toBe('Kamis, 28 November 2024, 23.59 WIB');
        expect(dates.formatPublishDate(read('2024-11-29'))).toBe('Jumat, 29 November 2024');
        expect(read('2024-11-29').instant.toISOString()).toBe('2024-11-28T17:00:00.000Z');
      } finally {
        if (machineZone === undefined) delete process.env.TZ;
        else process.env.TZ = machineZone;
      }
    },
  );
});

test('toSiteIso writes a moment with the WIB offset', () => {
  expect(toSiteIso(new Date('2024-11-29T00:00:00Z'))).toBe('2024-11-29T07:00:00+07:00');
});

/**
 * A newsroom sets one thing, SITE.timeZone in src/site.ts; dates, labels, anchors, archives and
 * search parts follow. Each zone loads the modules afresh with that setting changed.
 */
describe.each([
  {
    timeZone: 'Asia/Jakarta',
    label: 'WIB',
    name: 'Waktu Indonesia Barat',
    offset: '+07:00',
    dayStartsAt: '2024-11-28T17:00:00.000Z',
  },
  {
    timeZone: 'Asia/Makassar',
    label: 'WITA',
    name: 'Waktu Indonesia Tengah',
    offset: '+08:00',
    dayStartsAt: '2024-11-28T16:00:00.000Z',
  },
  {
    timeZone: 'Asia/Jayapura',
    label: 'WIT',
    name: 'Waktu Indonesia Timur',
    offset: '+09:00',
    dayStartsAt: '2024-11-28T15:00:00.000Z',
  },
])('a newsroom in $timeZone', ({ timeZone, label, name, offset, dayStartsAt }) => {
  async function load() {
    vi.resetModules();
    vi.doMock('../../src/site.ts', async (original) => {
      const site = await original<typeof import('../../src/site.ts')>();
      return { ...site, SITE: { ...site.SITE, timeZone } };
    });
    const [dates, live, archive, shards] = await Promise.all([
      import('../../src/lib/dates'),
      import('../../src/lib/live'),
      import('../../src/lib/date-archive'),
      import('../../src/lib/search-shards'),
    ]);
    vi.doUnmock('../../src/site.ts');
    const read = (value: string) =>
      dates.parsePublishDate(value) as Exclude<ReturnType<typeof dates.parsePublishDate>, string>;
    return { dates, live, archive, shards, read };
  }
  // 23.30 WIB on 31 December 2024: still the old year in Jakarta, already 2025 further east.
  const newYearsEve = new Date('2024-12-31T16:30:00Z');

  test(`reads and shows times in ${label}`, async () => {
    const { dates, read } = await load();
    const moment = read('2024-11-29T07:05:00Z');
    const hour = String(7 + Number(offset.slice(1, 3))).padStart(2, '0');
    expect(moment.iso).toBe(`2024-11-29T${hour}:05:00${offset}`);
    expect(dates.formatPublishDate(moment)).toBe(`Jumat, 29 November 2024, ${hour}.05 ${label}`);
    expect(dates.toSiteIso(newYearsEve).slice(19)).toBe(offset);
  });

  test('a bare day is published from its midnight there', async () => {
    const { read } = await load();
    expect(read('2024-11-29').instant.toISOString()).toBe(dayStartsAt);
  });

  test('an editor who writes no date is shown an example in the zone', async () => {
    const { dates } = await load();
    expect(dates.parsePublishDate(20241129)).toBe(
      `harus berupa tanggal, misalnya 2024-11-29 atau 2024-11-29T14:05:00${offset}`,
    );
  });

  test(`names the zone for readers: ${name} (${label})`, async () => {
    const { dates } = await load();
    expect(dates.SITE_ZONE_LABEL).toBe(label);
    expect(dates.zoneName(timeZone, 'long')).toBe(name);
  });

  test('a live update shows its time in the zone, and its anchor follows it', async () => {
    const { live } = await load();
    const hour = 7 + Number(offset.slice(1, 3));
    expect(live.formatUpdateTime(new Date('2024-11-29T07:05:00Z'))).toBe(`29 Nov 2024, ${hour}.05 ${label}`);
    expect(live.updateAnchor(new Date('2024-11-29T07:05:00Z'))).toBe(`pembaruan-20241129-${hour}05`);
  });

  test('the month archive and the search part go by the day there', async () => {
    const { archive, shards } = await load();
    const newYear = label === 'WIB' ? { year: 2024, month: 12 } : { year: 2025, month: 1 };
    expect(archive.monthOf(newYearsEve)).toEqual(newYear);
    const shardOf = shards.searchShardOf([{ data: { pubDate: { instant: newYearsEve } } }]);
    // The newest month's last week, or the first week of the next.
    expect(shardOf(newYearsEve)).toBe(label === 'WIB' ? '2024-12-22' : '2025-01-01');
  });
});

// Offsets are looked up once per day: on a day a zone changes its clock, each moment still gets its own.
describe('zoneOffsetMinutes on the day a zone changes its clock', () => {
  test.each([
    ['2024-03-31T00:59:59Z', 60],
    ['2024-03-31T01:00:00Z', 120],
    ['2024-03-31T23:00:00Z', 120],
    ['2024-10-27T00:59:59Z', 120],
    ['2024-10-27T01:00:00Z', 60],
  ])('in Europe/Berlin at %s: %i minutes', (moment, minutes) => {
    expect(zoneOffsetMinutes(new Date(moment), 'Europe/Berlin')).toBe(minutes);
  });

  test('a day without a change, asked at its first and last moment', () => {
    expect(zoneOffsetMinutes(new Date('2024-11-29T00:00:00Z'))).toBe(420);
    expect(zoneOffsetMinutes(new Date('2024-11-29T23:59:59.999Z'))).toBe(420);
  });
});
