/**
 * Pagefind's excerpt is not quite HTML: it is the page's text with only `<` and `>` escaped
 * (`&` is left as written, so an article's own `&amp;` arrives as `&amp;`), and `<mark>…</mark>`
 * around each word that matched. Read as HTML it would show that `&amp;` as `&`; so it is split
 * here into plain and highlighted text, and Pagefind's two escapes are undone. An article that
 * literally writes `&lt;` shows `<`: Pagefind's escaping cannot tell the two apart.
 */

/** A run of excerpt text; `mark` when it is a word the search matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const MARKED = /<mark>(.*?)<\/mark>/gs;

/** The inverse of pagefind.js's `content.replace(/</g, "&lt;").replace(/>/g, "&gt;")`. */
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let from = 0;
  for (const match of excerpt.matchAll(MARKED)) {
    if (match.index > from) parts.push({ text: unescape(excerpt.slice(from, match.index)), mark: false });
    if (match[1]) parts.push({ text: unescape(match[1]), mark: true });
    from = match.index + match[0].length;
  }
  if (from < excerpt.length) parts.push({ text: unescape(excerpt.slice(from)), mark: false });
  return parts;
}
