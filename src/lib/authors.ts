import { slugify } from './slugs.ts';

/** The part of a writer's entry the lookups need, so they can be tested without Astro. */
export interface AuthorLike {
  /** The file's name, which is the page's address. */
  id: string;
  data: { name: string };
}

/**
 * Finds a byline's writer among the writers' files, by name: "Rina Wijaya", "rina wijaya" and
 * "Rína Wijaya" are one writer. A name with no file gives undefined (a plain-text byline);
 * two files for one name stop the build, since a byline could then link to either.
 */
export function authorFinder<T extends AuthorLike>(authors: readonly T[]): (name: string) => T | undefined {
  const byName = new Map<string, T>();
  for (const author of authors) {
    const key = slugify(author.data.name);
    const other = byName.get(key);
    if (other)
      throw new Error(
        `penulis "${author.data.name}" punya dua berkas: ${other.id} dan ${author.id}; hapus salah satunya`,
      );
    byName.set(key, author);
  }
  return (name) => byName.get(slugify(name));
}

/** The articles whose byline names the writer, in the order given. */
export function articlesBy<T extends { data: { author: readonly string[] } }>(
  articles: readonly T[],
  name: string,
): T[] {
  const key = slugify(name);
  return articles.filter((article) => article.data.author.some((author) => slugify(author) === key));
}
