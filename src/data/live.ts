import { resolve } from 'node:path';
import { readArticleSource } from '../markdown/article-checks.ts';
import { formatProblems } from '../lib/content-problems.ts';
import { blankFrontmatter } from '../lib/frontmatter.ts';
import { liveUpdateProblems, parseLiveUpdates, type LiveUpdate } from '../lib/live.ts';
import type { Article } from './articles.ts';

/** Read once per build and article: the page and the feeds both need them. */
const cache = new Map<string, { digest: Article['digest']; updates: LiveUpdate[] }>();

/**
 * A live article's updates, newest first, read from its file; none for another article. A
 * mistake in them stops the build with the file's name and each problem's line.
 */
export function liveUpdatesOf(article: Article): LiveUpdate[] {
  const { live } = article.data;
  if (!live || !article.filePath) return [];
  const cached = cache.get(article.id);
  if (cached && cached.digest === article.digest) return cached.updates;
  const file = resolve(article.filePath);
  // The frontmatter blanked, not cut: the problems then give the file's own line numbers.
  const { updates, problems } = parseLiveUpdates(blankFrontmatter(readArticleSource(file)), live);
  if (problems.length > 0) {
    throw new Error(formatProblems(liveUpdateProblems(file, problems)));
  }
  cache.set(article.id, { digest: article.digest, updates });
  return updates;
}
