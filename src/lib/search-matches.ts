/**
 * The search index is in parts (src/lib/search-shards.ts), and Pagefind searches each part on
 * its own: a part without a word falls back to the longest prefix of it that it has, so
 * "tandauji" also finds every story with "tanda" in the parts that lack the word (Pagefind
 * does this on purpose, for words still being typed, and has no option to turn it off). Merged,
 * those loose matches would sit under the stories that have the word. Pagefind does not stem
 * Indonesian, so a story that has the word has each searched word at the start of one of its
 * words: when any story does, the ones that do not are left out; when none does, all stay, as
 * Pagefind would show them for a word the site lacks.
 */

/** Lower case, without accents: Pagefind matches "kafe" and "Kafé" alike. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The searched words, folded, without the punctuation around them. */
function searchedWords(query: string): string[] {
  return folded(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Whether `content` has each of the query's words at the start of a word. */
export function hasEveryWord(query: string, content: string): boolean {
  const text = folded(content);
  return searchedWords(query).every((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${word}`, 'u').test(text));
}

/** The results that have every searched word, or all of them when none does. */
export function withoutLooseMatches<T extends { content: string }>(query: string, results: readonly T[]): T[] {
  const exact = results.filter((result) => hasEveryWord(query, result.content));
  return exact.length > 0 ? exact : [...results];
}

/**
 * What the search page shows of Pagefind's `total` results, of which it loaded `loaded`: those
 * without loose matches, and how many results to announce. With loose matches left out, only
 * the ones shown are counted (the rest are not loaded, so not known to match); else Pagefind's
 * total.
 */
export function shownResults<T extends { content: string }>(
  query: string,
  loaded: readonly T[],
  total: number,
): { shown: T[]; count: number } {
  const shown = withoutLooseMatches(query, loaded);
  return { shown, count: shown.length < loaded.length ? shown.length : total };
}
