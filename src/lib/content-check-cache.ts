import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from './content-problems.ts';
import { safeDecodeURI } from './content-files.ts';
import { fileSignature } from './file-signature.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

/**
 * What the content check keeps between runs (src/lib/content-check.ts), so a build at 20,000
 * articles does not parse and compile every unchanged article again: for each article that had
 * no problem of its own, the facts the checks across articles and against the build's moment
 * need. An entry is used only for the same file, with the same bytes (not read again while its
 * signature is the same), checked by the same code,
 * while every file its text points at (`./…`, `../…`) is as it was; anything else is checked
 * afresh. An article with a problem is never kept, so a problem is never hidden.
 */

/** What the checks across articles and against the build's moment need of one article. */
export interface ArticleFacts {
  id: string;
  draft: boolean;
  /** pubDate's instant, in ms. */
  published: number;
  aliases: string[];
  aliasesLine?: number;
  /** Dates that may not be after the build's moment once the article is published (updatedDate, corrections). */
  dated: { at: number; problem: ContentProblem }[];
  /** <RelatedLink article="…">: each must name a published article. */
  related: { article: string; problem: ContentProblem }[];
  warnings: ContentProblem[];
}

interface Entry {
  digest: string;
  /** The file's signature when it was last read (src/lib/file-signature.ts). */
  signature: string;
  /** Each file the article's text points at, and its size and time when it was checked ("" when missing). */
  points: Record<string, string>;
  facts: ArticleFacts;
}

interface Stored {
  code: string;
  articles: Record<string, Entry>;
  /** Picture originals: their size and time, and the warning they gave (null for none). */
  pictures: Record<string, { signature: string; warning: ContentProblem | null }>;
}

/**
 * Relative paths in an article's text (pictures, imports), as written in quotes, in Markdown's
 * parentheses or angle brackets, as a YAML value (spaces allowed in these) or bare, and percent-decoded as
 * the checks read them: over-counting only costs a check, missing one could hide a problem.
 */
const RELATIVE_PATHS = [
  /['"](\.{1,2}\/[^'"\n]+)['"]/g,
  /\((\.{1,2}\/[^)\n]+)\)/g,
  /<(\.{1,2}\/[^>\n]+)>/g,
  /:[ \t]*(\.{1,2}\/[^\n#]+?)[ \t]*$/gm,
  /(\.{1,2}\/[^\s'"()<>[\]{}`]+)/g,
];

function pointedAt(source: string, file: string): Record<string, string> {
  const points: Record<string, string> = {};
  for (const pattern of RELATIVE_PATHS) {
    for (const [, written] of source.matchAll(pattern)) {
      const path = written!.split(/[?#]/)[0]!;
      for (const variant of new Set([path, safeDecodeURI(path)])) {
        const target = resolve(dirname(file), variant);
        points[target] = fileSignature(target);
      }
    }
  }
  return points;
}

/** A digest of the code that decides what the check says: src/lib, src/markdown, src/schemas, src/i18n, the sections, the site settings and the lock file. */
function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const files = ['src/lib', 'src/markdown', 'src/schemas', 'src/i18n']
    .flatMap((dir) => (readdirSync(join(root, dir), { recursive: true }) as string[]).map((name) => join(dir, name)))
    .concat('src/sections.ts', 'src/site.ts', 'package-lock.json')
    .sort();
  for (const file of files)
    if (statSync(join(root, file)).isFile()) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

export function openCheckCache(cacheFile: string, root = fileURLToPath(new URL('../..', import.meta.url))) {
  const code = codeDigest(root);
  // No cache yet, a damaged one or one by other code: everything is checked.
  const read = readCacheFile<Stored>(cacheFile);
  const stored: Stored = read?.code === code ? read : { code, articles: {}, pictures: {} };
  const next: Stored = { code, articles: {}, pictures: {} };
  // Whether anything differs from the stored file: a publish into a large archive need not
  // write it again (7 MB at 20,000 articles).
  let changed = false;
  return {
    /** The facts of an unchanged article that was clean, or undefined. */
    article(file: string, signature: string, digestNow: () => string): ArticleFacts | undefined {
      const entry = stored.articles[file];
      if (!entry || (entry.signature !== signature && entry.digest !== digestNow())) return undefined;
      if (Object.entries(entry.points).some(([target, was]) => fileSignature(target) !== was)) return undefined;
      if (entry.signature !== signature) changed = true;
      next.articles[file] = { ...entry, signature };
      return entry.facts;
    },
    keepArticle(file: string, digest: string, signature: string, source: string, facts: ArticleFacts): void {
      next.articles[file] = { digest, signature, points: pointedAt(source, file), facts };
      changed = true;
    },
    /** The warning an unchanged picture gave (null for none), or undefined when it must be measured. */
    picture(file: string, current: string): ContentProblem | null | undefined {
      const entry = stored.pictures[file];
      if (!entry || entry.signature !== current) return undefined;
      next.pictures[file] = entry;
      return entry.warning;
    },
    keepPicture(file: string, current: string, warning: ContentProblem | null): void {
      next.pictures[file] = { signature: current, warning };
      changed = true;
    },
    save(): void {
      // Only entries of the stored file were kept, unchanged: the same file unless some are gone.
      const count = (entries: object) => Object.keys(entries).length;
      if (
        !changed &&
        count(next.articles) === count(stored.articles) &&
        count(next.pictures) === count(stored.pictures)
      )
        return;
      // A check running at the same time reads the old file or the new one.
      writeCacheFile(cacheFile, next);
    },
  };
}

export type CheckCache = ReturnType<typeof openCheckCache>;

export const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
