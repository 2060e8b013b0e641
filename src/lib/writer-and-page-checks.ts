import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { authorSchema } from '../schemas/author.ts';
import { infoPageSchema } from '../schemas/info-page.ts';
import { displayPath, missingPictureProblem } from './content-files.ts';
import { fieldOf, type ContentProblem } from './content-problems.ts';
import { readFrontmatter, readYaml } from './frontmatter-yaml.ts';
import { infoPageNameProblem } from './info-pages.ts';
import { mdxBodyProblems } from './mdx-body-check.ts';
import { slugify } from './slugs.ts';

/** The content check's part for the content beside the articles (src/lib/content-check.ts). */

const writerSchema = authorSchema(() => z.string());

/** The writers' files (`content/authors/*.yaml`), as their collection reads them, and two files for one writer. */
export function writerProblems(authorsDir: string): ContentProblem[] {
  if (!existsSync(authorsDir)) return [];
  const problems: ContentProblem[] = [];
  const byName = new Map<string, string>();
  for (const name of readdirSync(authorsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()) {
    const file = join(authorsDir, name);
    const read = readYaml(readFileSync(file, 'utf8').split(/\r?\n/), 1);
    if (!read.ok) {
      problems.push({ file, ...read.problem });
      continue;
    }
    const parsed = writerSchema.safeParse(read.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A misspelt field ("foto") is pointed at where it is written.
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        problems.push({ file, ...read.locate(path), field: fieldOf(path, 'berkas'), message: issue.message });
      }
      continue;
    }
    const { name: writer, photo } = parsed.data;
    const missing = typeof photo === 'string' ? missingPictureProblem(photo, file) : undefined;
    if (missing) problems.push({ file, ...read.locate(['photo']), field: 'photo', message: missing });
    const other = byName.get(slugify(writer));
    if (other)
      problems.push({
        file,
        ...read.locate(['name']),
        field: 'name',
        message: `penulis "${writer}" juga punya berkas ${displayPath(other)}; hapus salah satunya`,
      });
    byName.set(slugify(writer), file);
  }
  return problems;
}

/** The standing pages (`content/pages/*.mdx`): their frontmatter, their name, and their MDX. */
export function pageProblems(pagesDir: string): ContentProblem[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = join(pagesDir, name);
      const source = readFileSync(file, 'utf8');
      const problems: ContentProblem[] = [];
      const nameProblem = infoPageNameProblem(basename(name, '.mdx'));
      if (nameProblem) problems.push({ file, field: 'nama file', message: nameProblem });
      const frontmatter = readFrontmatter(source);
      if (!frontmatter.ok) return [...problems, { file, ...frontmatter.problem }];
      const parsed = infoPageSchema.safeParse(frontmatter.data);
      for (const issue of parsed.error?.issues ?? []) {
        const field = fieldOf(issue.path);
        problems.push({
          file,
          ...frontmatter.locate(issue.path),
          field,
          message: issue.message,
        });
      }
      return [...problems, ...mdxBodyProblems(source, file, pagesDir).problems];
    });
}
