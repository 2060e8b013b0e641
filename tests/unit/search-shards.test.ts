import { describe, expect, test } from 'vitest';
import { searchShardOf, shardsNewestFirst } from '../../src/lib/search-shards';
import { publishDate } from '../publish-date';

const article = (date: string) => ({ data: { pubDate: publishDate(date) } });

describe('the parts of the search index', () => {
  // The newest article is of 2024: that year goes by month, older years whole.
  const shardOf = searchShardOf([article('2024-12-31T21:00:00+07:00'), article('2019-01-01')]);

  test.each([
    ['2024-12-31T21:00:00+07:00', '2024-12'],
    ['2024-01-01', '2024-01'],
    // 17:30 UTC on the last day of 2023 is already 2024 in Jakarta.
    ['2023-12-31T17:30:00Z', '2024-01'],
    ['2023-12-31T16:30:00Z', '2023'],
    ['2019-06-15', '2019'],
  ])('%s goes in %s', (date, shard) => {
    expect(shardOf(publishDate(date).instant)).toBe(shard);
  });

  test('newest first, months of the newest year before the years', () => {
    expect(shardsNewestFirst(['2019', '2024-01', '2023', '2024-12', '2024-01'])).toEqual([
      '2024-12',
      '2024-01',
      '2023',
      '2019',
    ]);
  });
});
