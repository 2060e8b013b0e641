import { describe, expect, test } from 'vitest';
import { archivePages, listPageUrl } from '../../src/lib/archive-pages';

/** Stories 1 … n, numbered oldest first, given newest first as the site lists them. */
const stories = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('archivePages', () => {
  test.each([
    [0, [0], []],
    [1, [1], []],
    [39, [39], []],
    [40, [20], [20]],
    [41, [21], [20]],
    [65, [25], [20, 20]],
  ])('%i stories: the front page holds %j, the archive pages %j', (n, front, archive) => {
    const pages = archivePages(stories(n), 20);
    expect(pages.map((page) => page.items.length)).toEqual([...front, ...archive]);
    // Every story once, newest first across the front and then the archive from its newest page.
    const [first, ...rest] = pages;
    expect([...first!.items, ...rest.reverse().flatMap((page) => page.items)]).toEqual(stories(n));
  });

  test('archive page 1 holds the oldest stories, and links lead newer and older', () => {
    const [front, one, two] = archivePages(stories(65), 20);
    expect(front).toMatchObject({ number: undefined, newer: undefined, older: 2 });
    expect(two).toMatchObject({ number: 2, newer: 'front', older: 1 });
    expect(one).toMatchObject({ number: 1, newer: 2, older: undefined });
    expect(one!.items).toEqual(stories(20));
  });

  test.each([
    [41, [undefined]],
    [59, [undefined, 1, 2]],
    [60, [undefined]],
    [79, [undefined, 2, 3]],
  ])('a new story on top of %i stories changes only pages %j', (n, expected) => {
    // The front always; when its overflow fills a new archive page, that page and the one
    // before it, whose "newer" link no longer leads to the front.
    const before = archivePages(stories(n), 20);
    const after = archivePages(stories(n + 1), 20);
    const changed = after.filter((page) => JSON.stringify(before.find((p) => p.number === page.number)) !== JSON.stringify(page));
    expect(changed.map((page) => page.number)).toEqual(expected);
  });
});

describe('listPageUrl', () => {
  test.each([
    [undefined, undefined],
    ['front', '/kanal/dunia/'],
    [3, '/kanal/dunia/3/'],
  ] as const)('%s → %s', (page, url) => {
    expect(listPageUrl('/kanal/dunia/', page)).toBe(url);
  });
});
