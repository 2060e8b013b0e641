import { readFileSync } from 'node:fs';
import { imageProblem } from '../lib/addresses.ts';
import { contentFileProblem, missingPictureProblem } from '../lib/content-files.ts';
import { blankFrontmatter } from '../lib/frontmatter.ts';
import { formatProblems, type ContentProblem } from '../lib/content-problems.ts';
import { nestingProblem, type NestingKind } from '../lib/nesting.ts';
import { BodyProblem } from './satteri-body-guard.ts';
import { forbiddenCharacter } from '../lib/unsafe-text.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
export const NOT_UTF8 = 'berkas bukan teks UTF-8 yang sah; simpan ulang berkas ini dengan encoding UTF-8';

/** An article file's text. A byte that is not UTF-8 stops here, naming the file, instead of quietly becoming U+FFFD. */
export function readArticleSource(file: string): string {
  try {
    return utf8.decode(readFileSync(file));
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new BodyProblem(formatProblems([{ file, field: 'berkas', message: NOT_UTF8 }]));
  }
}

const NESTING_NAMES: Record<NestingKind, string> = {
  quote: 'kutipan bertingkat',
  list: 'daftar bertingkat',
  emphasis: 'deretan tanda penekanan (*, _ atau ~)',
};

/**
 * What an article's schema cannot see, checked before it is published: a body character that
 * XML cannot carry (file and line), a body nested deeper than the parsers survive (file and
 * line, see src/lib/nesting.ts), and the lead picture's file (file and field).
 */
export function articleFileProblems(
  source: string,
  file: string,
  contentDir: string,
  picture: unknown,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = blankFrontmatter(source);
  const character = forbiddenCharacter(body);
  if (character)
    problems.push({ file, line: character.line, column: character.column, field: 'teks', message: character.problem });
  const nesting = nestingProblem(body);
  if (nesting) {
    const what =
      nesting.kind === 'emphasis'
        ? `terlalu panjang (${nesting.depth} tanda)`
        : `terlalu dalam (${nesting.depth} tingkat)`;
    problems.push({
      file,
      line: nesting.line,
      field: 'isi',
      message: `${NESTING_NAMES[nesting.kind]} ${what}; paling banyak ${nesting.limit}`,
    });
  }
  if (typeof picture === 'string') {
    const problem =
      imageProblem(picture) ?? contentFileProblem(picture, file, contentDir) ?? missingPictureProblem(picture, file);
    if (problem) problems.push({ file, field: 'image.src', message: problem });
  }
  return problems;
}
