/**
 * How deep an article body nests, read from its raw text before any parser sees it. The
 * Markdown and MDX parsers, the feed's HTML step and the JavaScript MDX becomes all recurse
 * once per level: 3,000 nested quotes overflow the stack, a 300-level list through MDX crashes
 * the process. No real article comes near the limits below; a body past one stops with its line.
 */

/** The deepest quote, list or run of emphasis marks a body may hold. */
export const NESTING_LIMITS = { quote: 100, list: 100, emphasis: 100 } as const;

export type NestingKind = keyof typeof NESTING_LIMITS;

export interface NestingProblem {
  kind: NestingKind;
  /** 1-based line in the text given. */
  line: number;
  depth: number;
  limit: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// One container marker at the start of what is left of a line: a quote's ">" or a list item's marker.
const CONTAINER = /^[ \t]*(?:(>)|([-*+]|\d{1,9}[.)])(?=[ \t]|$))/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const EMPHASIS_RUN = /[*_~]{2,}/g;

/** Columns of leading white space, a tab counting to the next multiple of four as in Markdown. */
function indentWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (character === ' ') width++;
    else if (character === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * The first place a body nests deeper than NESTING_LIMITS allows, or undefined. Quotes are
 * counted by their ">" markers on one line; lists by the item markers on one line plus the
 * distinct indents of the items above that still enclose it; emphasis by the longest run of
 * "*", "_" and "~". Lines inside fenced code blocks are text and are skipped.
 */
export function nestingProblem(
  body: string,
  limits: Record<NestingKind, number> = NESTING_LIMITS,
): NestingProblem | undefined {
  const lines = body.split(/\r\n|\r|\n/);
  let fence: string | undefined;
  // The indents of the list items that enclose the current line, outermost first.
  let listIndents: number[] = [];
  for (const [index, line] of lines.entries()) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const problem = (kind: NestingKind, depth: number): NestingProblem | undefined =>
      depth > limits[kind] ? { kind, line: index + 1, depth, limit: limits[kind] } : undefined;

    let rest = line;
    let quotes = 0;
    let items = 0;
    for (let marker = CONTAINER.exec(rest); marker; marker = CONTAINER.exec(rest)) {
      if (marker[1]) quotes++;
      else if (THEMATIC_BREAK.test(rest)) break;
      else items++;
      rest = rest.slice(marker[0].length);
    }
    const quoteProblem = problem('quote', quotes);
    if (quoteProblem) return quoteProblem;

    if (items > 0) {
      const indent = indentWidth(line);
      listIndents = listIndents.filter((enclosing) => enclosing < indent);
      listIndents.push(indent);
    } else if (line.trim() !== '' && indentWidth(line) === 0) {
      // Text back at the margin ends every list above it.
      listIndents = [];
    }
    const listProblem = problem('list', listIndents.length - 1 + items);
    if (listProblem) return listProblem;

    if (THEMATIC_BREAK.test(line)) continue;
    let longestRun = 0;
    for (const run of line.matchAll(EMPHASIS_RUN)) longestRun = Math.max(longestRun, run[0].length);
    const emphasisProblem = problem('emphasis', longestRun);
    if (emphasisProblem) return emphasisProblem;
  }
  return undefined;
}
