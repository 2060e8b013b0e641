import { createHash } from 'node:crypto';
import { CANDIDATES_PER_GROUP, createRelatedFinder, type RelatedCandidate } from './related.ts';
import { slugify } from './slugs.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

/**
 * Related articles kept between builds. An article's related articles are chosen among the
 * stories published before it only (src/lib/related.ts), so they depend on that article and
 * the older ones alone: their order, ids, sections and tags. Each list is kept with a digest
 * of exactly that (the archive up to the article, from the oldest), and used again while the
 * digest is the same: a new story changes no older article's digest, an edited or deleted
 * story changes those of the articles after it. Choosing them afresh for every article cost
 * 1.4 s of every publish at 20,000 articles (a page's cache key includes its related articles).
 */
interface Stored {
  /** The choosing code and its settings: other code chose other lists. */
  rule: string;
  /** Per article id: the digest of the archive up to it, and its related articles' ids. */
  lists: Record<string, [digest: string, related: string[]]>;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** Each article's related articles (newestFirst: every published article, newest first), and how many were chosen afresh. */
export function relatedTable<T extends RelatedCandidate>(
  newestFirst: readonly T[],
  limit: number,
  cacheFile: string,
): { related: Map<string, T[]>; chosen: number } {
  // The bundled functions' own text: a change to the rule changes it.
  const rule = digestOf(`${createRelatedFinder.toString()}\0${slugify.toString()}\0${limit}\0${CANDIDATES_PER_GROUP}`);
  // None yet, a damaged one or one by other code: every list is chosen afresh.
  const read = readCacheFile<Stored>(cacheFile);
  const stored = read?.rule === rule ? read : undefined;
  const byId = new Map(newestFirst.map((article) => [article.id, article]));
  const find = createRelatedFinder(newestFirst, limit);
  const next: Stored = { rule, lists: {} };
  const related = new Map<string, T[]>();
  let chosen = 0;
  let archive = '';
  for (let place = newestFirst.length - 1; place >= 0; place--) {
    const article = newestFirst[place]!;
    archive = digestOf(`${archive}\0${article.id}\0${article.data.section}\0${article.data.tags.join('\u0001')}`);
    const kept = stored?.lists[article.id];
    const ids = kept?.[0] === archive ? kept[1] : undefined;
    const list = ids?.every((id) => byId.has(id)) ? ids.map((id) => byId.get(id)!) : (chosen++, find(article));
    related.set(article.id, list);
    next.lists[article.id] = [archive, list.map(({ id }) => id)];
  }
  writeCacheFile(cacheFile, next);
  return { related, chosen };
}
