/**
 * Characters an editor cannot see that would harm readers or feeds. Bidirectional embeddings,
 * overrides and isolates left open in a headline reverse the page text around it (a card, the
 * title tag). C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF and lone
 * surrogates are not allowed in XML 1.0: one of them makes every feed and news-sitemap.xml
 * unreadable to a strict parser.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** A character as editors can search for it: U+202E. */
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a frontmatter text may not be published (to follow the field's name), or undefined. */
export function textProblem(text: string): string | undefined {
  const bidi = BIDI_CONTROL.exec(text)?.[0];
  if (bidi)
    return `memuat karakter pengatur arah teks ${codePoint(bidi)} yang dapat membalik teks di sekitarnya; hapus karakter itu`;
  const control = NOT_XML.exec(text)?.[0];
  if (control) return `memuat karakter kendali ${codePoint(control)} yang merusak feed; hapus karakter itu`;
  return undefined;
}

/** The first character of a body that XML cannot carry, with its line and column (from 1), or undefined. */
export function forbiddenCharacter(text: string): { line: number; column: number; problem: string } | undefined {
  const match = NOT_XML.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = match.index - before.lastIndexOf('\n');
  return {
    line,
    column,
    problem: `karakter kendali ${codePoint(match[0])} tidak diizinkan karena merusak feed; hapus karakter itu`,
  };
}
