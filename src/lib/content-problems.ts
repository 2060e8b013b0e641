import { displayPath } from './content-files.ts';

/**
 * One mistake in an article, as every content check reports it (src/lib/content-check.ts, the
 * article loader, the body guard): the file, where in it, the field or part, and what to do, in
 * Indonesian. `detail` is the technical cause (a parser's own words), shown with --verbose only.
 */
export interface ContentProblem {
  file: string;
  /** 1-based, in the file as the editor sees it (frontmatter included). */
  line?: number;
  column?: number;
  /** The frontmatter field (`image.alt`), or the part of the body (`isi`, `tautan`, `gambar` …). */
  field: string;
  message: string;
  detail?: string;
}

/**
 * Characters that would break the line or act on the terminal rather than show: line breaks,
 * control characters (an escape sequence can clear or recolour a terminal) and the ones that
 * reverse text direction. Messages quote what the editor wrote, so they may hold any of them.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const visible = (text: string) =>
  text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The one line an editor reads: `path:line:column  field  message`. */
export function formatProblem({ file, line, column, field, message, detail }: ContentProblem, verbose = false): string {
  const at = line ? `:${line}${column ? `:${column}` : ''}` : '';
  const text = visible(`${displayPath(file)}${at}  ${field}  ${message}`);
  return verbose && detail ? `${text}\n    (detail: ${visible(detail)})` : text;
}

/** Several problems, one line each, sorted by file and line so an editor works down the list. */
export function formatProblems(problems: readonly ContentProblem[], verbose = false): string {
  return [...problems]
    .sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    )
    .map((problem) => formatProblem(problem, verbose))
    .join('\n');
}

/** `['corrections', 0, 'date']` → `corrections.date`: the line number says which one. */
export function fieldOf(path: readonly PropertyKey[], whole = 'frontmatter'): string {
  const name = path
    .filter((key) => typeof key !== 'number')
    .map(String)
    .join('.');
  return name || whole;
}
