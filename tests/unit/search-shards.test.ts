import { describe, expect, test } from 'vitest';
import { searchShardOf, shardsNewestFirst } from '../../src/lib/search-shards';
import { publishDate } from '../publish-date';

const article = (date: string) => ({ data: { pubDate: publishDate(date) } });

describe('the parts of the search index', () => {
  // The newest article is of December 2024: that month goes by week, the rest of 2024 by month, older years whole.
  const shardOf = searchShardOf([article('2024-12-31T21:00:00+07:00'), article('2019-01-01')]);

  test.each([
    ['2024-12-31T21:00:00+07:00', '2024-12-22'],
    ['2024-12-22', '2024-12-22'],
    ['2024-12-21T23:59:00+07:00', '2024-12-15'],
    ['2024-12-08', '2024-12-08'],
    ['2024-12-07', '2024-12-01'],
    ['2024-12-01', '2024-12-01'],
    // 17:30 UTC on 30 November is already 1 December in Jakarta.
    ['2024-11-30T17:30:00Z', '2024-12-01'],
    ['2024-11-30T16:30:00Z', '2024-11'],
    ['2024-01-01', '2024-01'],
    // 17:30 UTC on the last day of 2023 is already 2024 in Jakarta.
    ['2023-12-31T17:30:00Z', '2024-01'],
    ['2023-12-31T16:30:00Z', '2023'],
    ['2019-06-15', '2019'],
  ])('%s goes in %s', (date, shard) => {
    expect(shardOf(publishDate(date).instant)).toBe(shard);
  });

  test('in the first month of a year, the year before is one part', () => {
    const inJanuary = searchShardOf([article('2025-01-02'), article('2024-12-31')]);
    expect(inJanuary(publishDate('2025-01-02').instant)).toBe('2025-01-01');
    expect(inJanuary(publishDate('2024-12-31').instant)).toBe('2024');
  });

  test('newest first: weeks, then months of the newest year, then the years', () => {
    expect(
      shardsNewestFirst(['2019', '2024-01', '2023', '2024-12-08', '2024-11', '2024-12-22', '2024-01', '2024-12-01']),
    ).toEqual(['2024-12-22', '2024-12-08', '2024-12-01', '2024-11', '2024-01', '2023', '2019']);
  });
});
