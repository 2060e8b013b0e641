/**
 * Whether the standfirst would make readers read the opening twice: many agency stories (the
 * seed among them) use the first paragraph as the description. The description still serves
 * the meta tags, structured data and feeds; only the page leaves it out above the body.
 */
export function repeatsOpening(description: string, body: string): boolean {
  const opening = openingParagraph(body);
  return opening !== undefined && comparable(opening) !== '' && comparable(opening) === comparable(description);
}

/** MDX's import and export lines, comments, and a block that is one component or tag: not prose. */
const NOT_PROSE = /^(import\s|export\s|\{\s*\/\*|<!--|<[A-Za-z][^>]*\/?>\s*$|<[A-Za-z][\s\S]*<\/[A-Za-z.]+>\s*$)/;

/** The first block of prose in a Markdown or MDX body, as written; undefined when there is none. */
export function openingParagraph(body: string): string | undefined {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !NOT_PROSE.test(block));
}

/**
 * Text reduced to its words: Markdown's inline marks and escapes gone, quotes, dashes and
 * ellipses in one form (a body's `"` becomes “ when rendered, a description's when read), white
 * space folded. Both sides go through it, so a description is compared with the body as readers see them.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // pictures
    .replace(/\[\^[^\]]+\]/g, '') // footnote references
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline tags
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // Markdown escapes
    .replace(/\*\*|__|~~|[*_`]/g, '') // emphasis and code marks
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s*(---|--|[–—])\s*/g, ' - ')
    .replace(/…|\.\s?\.\s?\./g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}
