import { getCollection, type CollectionEntry } from 'astro:content';
import { authorFinder } from '../lib/authors.ts';
import { entryKey } from '../lib/cache-key.ts';
import { paths } from '../site-urls.ts';

export type Author = CollectionEntry<'authors'>;

let finder: Promise<(name: string) => Author | undefined> | undefined;

/** Every writer with a file. */
export function getAuthors(): Promise<Author[]> {
  return getCollection('authors');
}

/** The writer's file for a byline's name, if the writer has one. */
export async function findAuthor(name: string): Promise<Author | undefined> {
  finder ??= getAuthors().then((authors) => authorFinder(authors));
  return (await finder)(name);
}

/**
 * The pages of a byline's writers who have one, by the name as the article writes it. Plain
 * data, so an article page can put it in its cache key: a writer's new file changes the byline.
 */
export async function bylinePages(names: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(names.map(async (name) => [name, (await findAuthor(name))?.id] as const));
  return Object.fromEntries(entries.flatMap(([name, id]) => (id === undefined ? [] : [[name, paths.author(id)]])));
}

/** What a writer's page shows of the file itself, for its cache key. */
export function authorKey(author: Author): unknown[] {
  return entryKey(author, author.data.photo);
}
