import { describe, expect, test } from 'vitest';
import { archivePages, listPagePaths, listPageUrl } from '../../src/lib/archive-pages';
import { articlePageKey, cardKey } from '../../src/lib/cache-key';

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
    const changed = after.filter(
      (page) => JSON.stringify(before.find((p) => p.number === page.number)) !== JSON.stringify(page),
    );
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

describe('listPagePaths', () => {
  // 65 stories, newest first: a front page of 25 and archive pages 1 and 2.
  const story = (n: number, title = `t${n}`) => ({ id: `b${n}`, digest: title, data: {} });
  const stories = Array.from({ length: 65 }, (_, i) => story(65 - i));
  const keys = (paths: { cacheKey: string }[]) => paths.map((path) => path.cacheKey);
  const breaking = story(99);

  test('the front page has no page parameter and is the only one to carry the banner', () => {
    const paths = listPagePaths(stories, { params: { section: 'dunia' }, props: {}, banner: { breaking } });
    expect(paths.map(({ params }) => params)).toEqual([
      { section: 'dunia', page: undefined },
      { section: 'dunia', page: '1' },
      { section: 'dunia', page: '2' },
    ]);
    expect(paths.map(({ props }) => props.banner)).toEqual([true, false, false]);
  });

  test('a list without the banner carries it on no page', () => {
    expect(listPagePaths(stories, { params: {}, props: {} }).map(({ props }) => props.banner)).toEqual([
      false,
      false,
      false,
    ]);
  });

  test('a new banner story changes the front page’s key only', () => {
    const before = keys(listPagePaths(stories, { params: {}, props: {}, banner: { breaking } }));
    const after = keys(listPagePaths(stories, { params: {}, props: {}, banner: { breaking: story(98) } }));
    expect(after.map((key, i) => key === before[i])).toEqual([false, true, true]);
  });

  test('an edited story changes the key of the page that shows it, and what the list adds changes every key', () => {
    const before = keys(listPagePaths(stories, { params: {}, props: {} }));
    const edited = stories.map((s) => (s.id === 'b5' ? story(5, 'judul baru') : s));
    expect(keys(listPagePaths(edited, { params: {}, props: {} })).map((key, i) => key === before[i])).toEqual([
      true,
      false,
      true,
    ]);
    expect(
      keys(listPagePaths(stories, { params: {}, props: {}, keyedOn: ['Korea Utara'] })).some(
        (key, i) => key === before[i],
      ),
    ).toBe(false);
  });
});

describe('cardKey', () => {
  test('a picture’s address is part of an article’s card', () => {
    const article = { id: 'a', digest: 'd', data: { image: { src: '/_astro/foto.abc.jpg' } } };
    expect(cardKey(article)).not.toEqual(cardKey({ ...article, data: { image: { src: '/_astro/foto.def.jpg' } } }));
    expect(cardKey(article)).toEqual(['a', 'd', '/_astro/foto.abc.jpg']);
  });
});

// An article page kept from the last build must show what a fresh render would: each thing it
// shows changes its key, and nothing else does.
describe('articlePageKey', () => {
  const card = (id: string, digest = 'd') => ({ id, digest, data: {} });
  const page = {
    article: card('a'),
    related: [card('b'), card('c')],
    authorPages: ['/penulis/rina/'],
    liveOpen: undefined,
    bannerStory: card('gempa'),
  };

  test.each([
    ['the article edited', { article: card('a', 'd2') }],
    ['a related article edited', { related: [card('b'), card('c', 'd2')] }],
    ['another related article', { related: [card('b'), card('e')] }],
    ['a writer’s page gone', { authorPages: [undefined] }],
    ['its live coverage closed', { liveOpen: false }],
    ['another story in the banner', { bannerStory: card('banjir') }],
    ['no banner any more', { bannerStory: undefined }],
  ])('%s: another key', (_, change) => {
    expect(articlePageKey({ ...page, ...change })).not.toBe(articlePageKey(page));
  });

  test('the same things shown: the same key', () => {
    expect(articlePageKey({ ...page, related: [card('b'), card('c')] })).toBe(articlePageKey(page));
  });
});
