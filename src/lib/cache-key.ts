import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build: a digest of everything the page shows that
 * is not its code (Astro hashes the code and the config itself). Two builds that give a page
 * equal parts may reuse it; any difference renders it again.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** A content entry as a cache key sees it: Astro's id and the digest of its file. */
export interface KeyedEntry {
  id: string;
  digest?: string | number | undefined;
}

/**
 * What a page that shows a content entry depends on: the file's digest covers its words, its
 * picture's address covers the picture (the address carries a hash of the image file).
 */
export function entryKey(entry: KeyedEntry, picture?: { src: unknown } | undefined): unknown[] {
  return [entry.id, entry.digest, picture?.src];
}

/** An article as a card or the banner shows it. */
export function cardKey(article: KeyedEntry & { data: { image?: { src: unknown } | undefined } }): unknown[] {
  return entryKey(article, article.data.image);
}

type Card = Parameters<typeof cardKey>[0];

/**
 * An article page's key: the article, its related articles' cards, its writers' pages, whether
 * its live coverage is open (that depends on the build's clock), and the banner's story where
 * the page carries the banner (`bannerStory` undefined where it does not, or there is none).
 */
export function articlePageKey(page: {
  article: Card;
  related: readonly Card[];
  authorPages: unknown;
  liveOpen: boolean | undefined;
  bannerStory: Card | undefined;
}): string {
  return cacheKey(
    cardKey(page.article),
    page.related.map(cardKey),
    page.authorPages,
    page.liveOpen,
    page.bannerStory && cardKey(page.bannerStory),
  );
}
