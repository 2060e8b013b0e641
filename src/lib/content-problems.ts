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

/** The one line an editor reads: `path:line:column  field  message`. */
export function formatProblem({ file, line, column, field, message, detail }: ContentProblem, verbose = false): string {
  const at = line ? `:${line}${column ? `:${column}` : ''}` : '';
  const text = `${displayPath(file)}${at}  ${field}  ${message}`;
  return verbose && detail ? `${text}\n    (detail: ${detail})` : text;
}

/** Several problems, one line each, sorted by file and line so an editor works down the list. */
export function formatProblems(problems: readonly ContentProblem[], verbose = false): string {
  return [...problems]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)))
    .map((problem) => formatProblem(problem, verbose))
    .join('\n');
}
