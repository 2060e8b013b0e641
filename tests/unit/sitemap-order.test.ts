import { describe, expect, test } from 'vitest';
import { inSitemapOrder } from '../../src/lib/sitemap-order';

describe('pages listed in the order the sitemap sorts them', () => {
  test('a list’s front page, then its pages by number (9 before 10), lists by name', () => {
    const entries = [
      { params: { tag: 'pemilu', page: '10' } },
      { params: { tag: 'banjir', page: undefined } },
      { params: { tag: 'pemilu', page: undefined } },
      { params: { tag: 'pemilu', page: '9' } },
      { params: { tag: 'pemilu-2024', page: undefined } },
      { params: { tag: 'pemilu', page: '1' } },
    ];
    // The order @astrojs/sitemap's own sort gives the full addresses.
    const address = ({ params }: (typeof entries)[number]) =>
      `https://warta.example/topik/${params.tag}/${params.page ? `${params.page}/` : ''}`;
    const sitemapOrder = entries.map(address).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(inSitemapOrder(entries).map(address)).toEqual(sitemapOrder);
  });

  test('months by year and month, articles by their address', () => {
    const months = [
      { params: { year: '2024', month: '11' } },
      { params: { year: '2023', month: '12' } },
      { params: { year: '2024', month: '02' } },
    ];
    expect(inSitemapOrder(months).map(({ params }) => `${params.year}-${params.month}`)).toEqual([
      '2023-12',
      '2024-02',
      '2024-11',
    ]);
    const articles = [{ params: { id: 'b-2' } }, { params: { id: 'a-10' } }, { params: { id: 'a-9' } }];
    expect(inSitemapOrder(articles).map(({ params }) => params.id)).toEqual(['a-9', 'a-10', 'b-2']);
  });
});
