/** Indonesian adult silent reading on a screen, in words a minute (a conservative figure). */
const WORDS_PER_MINUTE = 230;

/** Counts the words a reader reads in an MDX body: import/export lines and tags do not count. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to read, rounded up, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / WORDS_PER_MINUTE));
}
