import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRelatedFinder } from '../../src/lib/related';
import { relatedTable } from '../../src/lib/related-cache';

type Story = { id: string; data: { section: string; tags: string[] } };

/** A deterministic archive, newest first: five sections, tags from a pool of 30 with a few big ones. */
function archive(size: number): Story[] {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: size }, (_, i) => {
    const tags = new Set<string>();
    const count = 1 + Math.floor(random() * 4);
    while (tags.size < count) tags.add(`Topik ${Math.floor(random() ** 2 * 30)}`);
    return { id: `berita-${size - i}`, data: { section: ['a', 'b', 'c', 'd', 'e'][i % 5]!, tags: [...tags] } };
  });
}

const ids = (stories: readonly Story[]) => stories.map(({ id }) => id);

/** Every article's related articles as the plain finder chooses them, by id. */
function chosenAfresh(newestFirst: Story[]) {
  const find = createRelatedFinder(newestFirst, 4);
  return new Map(newestFirst.map((story) => [story.id, ids(find(story))]));
}

/** The table's lists, by id: they must be the finder's, whatever was kept. */
const lists = (related: Map<string, Story[]>) => new Map([...related].map(([id, stories]) => [id, ids(stories)]));

describe('related articles kept between builds', () => {
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'warta-related-')), 'related.json');
  let stories = archive(600);

  test('the first build chooses every list', () => {
    const { related, chosen } = relatedTable(stories, 4, cacheFile);
    expect(chosen).toBe(600);
    expect(lists(related)).toEqual(chosenAfresh(stories));
  });

  test('a new story: only its own list is chosen, every other is kept', () => {
    stories = [{ id: 'berita-baru', data: { section: 'a', tags: ['Topik 1', 'Topik 2'] } }, ...stories];
    const { related, chosen } = relatedTable(stories, 4, cacheFile);
    expect(chosen).toBe(1);
    expect(lists(related)).toEqual(chosenAfresh(stories));
  });

  test('an older story’s tags edited: it and every story after it are chosen again', () => {
    stories = stories.map((story, place) =>
      place === 100 ? { ...story, data: { ...story.data, tags: ['Topik 3', 'Topik 7'] } } : story,
    );
    const { related, chosen } = relatedTable(stories, 4, cacheFile);
    expect(chosen).toBe(101);
    expect(lists(related)).toEqual(chosenAfresh(stories));
  });

  test('an older story taken down, one moved to another section', () => {
    stories = stories.filter((_, place) => place !== 300);
    stories = stories.map((story, place) =>
      place === 400 ? { ...story, data: { ...story.data, section: 'z' } } : story,
    );
    const { related, chosen } = relatedTable(stories, 4, cacheFile);
    expect(chosen).toBe(401);
    expect(lists(related)).toEqual(chosenAfresh(stories));
  });

  test('another number of related articles: every list is chosen again', () => {
    const { chosen } = relatedTable(stories, 3, cacheFile);
    expect(chosen).toBe(stories.length);
  });
});
