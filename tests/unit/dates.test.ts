import { describe, expect, test } from 'vitest';
import { formatPublishDate, parsePublishDate, toJakartaIso } from '../../src/lib/dates';
import { publishDate as parsed } from '../publish-date';

describe('parsePublishDate', () => {
  test.each([
    ['a quoted day', '2024-11-29', { dateOnly: true, iso: '2024-11-29', instant: '2024-11-28T17:00:00.000Z' }],
    ['an unquoted day (YAML gives a Date at UTC midnight)', new Date('2024-11-29'), { dateOnly: true, iso: '2024-11-29', instant: '2024-11-28T17:00:00.000Z' }],
    ['a quoted date-time in WIB', '2024-11-29T14:05:00+07:00', { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' }],
    ['an unquoted date-time (YAML gives a Date)', new Date('2024-11-29T14:05:00+07:00'), { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' }],
    ['a UTC time that is already the next day in WIB', '2024-11-29T18:30:00Z', { dateOnly: false, iso: '2024-11-30T01:30:00+07:00', instant: '2024-11-29T18:30:00.000Z' }],
    ['a date-time in another offset', '2024-11-29T09:00:00+09:00', { dateOnly: false, iso: '2024-11-29T07:00:00+07:00', instant: '2024-11-29T00:00:00.000Z' }],
    ['a date-time without seconds', '2024-11-29T14:05+07:00', { dateOnly: false, iso: '2024-11-29T14:05:00+07:00', instant: '2024-11-29T07:05:00.000Z' }],
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
    ['a UTC evening, which is the next morning in Jakarta', '2024-11-29T18:30:00Z', 'Sabtu, 30 November 2024, 01.30 WIB'],
    ['midnight in Jakarta', '2024-12-31T17:00:00Z', 'Rabu, 1 Januari 2025, 00.00 WIB'],
  ])('shows %s', (_, input, expected) => {
    expect(formatPublishDate(parsed(input))).toBe(expected);
  });

  test('does not depend on the machine time zone', () => {
    const machineZone = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Jakarta']) {
        process.env.TZ = zone; // Node applies a new TZ to Date at once
        expect(formatPublishDate(parsed('2024-11-28T23:59:00+07:00')), zone).toBe('Kamis, 28 November 2024, 23.59 WIB');
        expect(formatPublishDate(parsed('2024-11-29')), zone).toBe('Jumat, 29 November 2024');
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });
});

test('toJakartaIso writes a moment with the WIB offset', () => {
  expect(toJakartaIso(new Date('2024-11-29T00:00:00Z'))).toBe('2024-11-29T07:00:00+07:00');
});
