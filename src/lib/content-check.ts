import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { aliasProblems } from './aliases.ts';
import { articleFileProblems, NOT_UTF8 } from './article-checks.ts';
import type { ContentProblem } from './content-problems.ts';
import { blankFrontmatter, withDatesAsWritten } from './frontmatter.ts';
import { liveUpdateProblems, parseLiveUpdates } from './live.ts';
import { readFrontmatter } from './frontmatter-yaml.ts';
import { mdxBodyProblems } from './mdx-body-check.ts';
import { PLACEHOLDER } from './placeholder.ts';
import { slugify } from './slugs.ts';
import { repeatedTags } from './tags.ts';
import { IMAGE_ORIGINAL_LIMIT } from '../site.ts';

/**
 * The one content check (`npm run check:content`, and `npm run build` before Astro starts):
 * every problem in every article at once, each a ContentProblem with the file's own line.
 * Errors stop the build; warnings are printed in its summary.
 */

export interface ContentReport {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** How many article files were checked. */
  articles: number;
}

/**
 * Files an editor meant as articles that the site would skip without a word: only `.mdx` (lower
 * case) is read. `.txt` after it is what some editors' "save as" adds; an editor's own backup
 * and swap files (`.mdx~`, `.mdx.swp`) are not articles and stay allowed.
 */
const LOOKS_LIKE_AN_ARTICLE = /\.(mdx?|markdown)(\.txt)?$/i;
const isArticleFile = (name: string) => name.endsWith('.mdx');

const schema = articleSchema(() => z.string());
type Article = z.output<typeof schema>;

interface Read {
  file: string;
  id: string;
  source?: string;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  article?: Article;
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Checks every article under contentDir as a build at `now` would publish them. */
export async function checkContent(contentDir: string, now: Date): Promise<ContentReport> {
  const names = (readdirSync(contentDir, { recursive: true }) as string[]).sort();
  const problems: ContentProblem[] = [];
  for (const name of names) {
    if (isArticleFile(name) || !LOOKS_LIKE_AN_ARTICLE.test(name) || !statSync(join(contentDir, name)).isFile()) continue;
    const fixed = `${basename(name).replace(LOOKS_LIKE_AN_ARTICLE, '')}.mdx`;
    problems.push({
      file: join(contentDir, name),
      field: 'berkas',
      message: `berkas ini tidak akan terbit: hanya berkas berakhiran .mdx (huruf kecil) yang dibaca. Ganti namanya menjadi ${fixed}`,
    });
  }

  const reads = names.filter(isArticleFile).map((name) => readArticle(join(contentDir, name), now));
  const published = new Set(reads.filter(({ article }) => article && isPublishedAt(article, now)).map(({ id }) => id));

  // Two files, one address: the loader refuses the second (src/lib/article-ids.ts).
  const owners = new Map<string, string>();
  for (const read of reads) {
    if (!read.id) {
      read.problems.push({ file: read.file, field: 'nama file', message: 'nama file harus memuat huruf atau angka latin, misalnya menhan-rusia-kunjungi-korea-utara.mdx' });
      continue;
    }
    const owner = owners.get(read.id);
    if (owner) read.problems.push({ file: read.file, field: 'nama file', message: `${owner} juga akan terbit di /berita/${read.id}/; ganti nama salah satu file` });
    owners.set(read.id, read.file);
  }

  for (const message of aliasProblems(reads.filter((read) => read.article).map(({ id, file, article }) => ({ id, file, aliases: article!.aliases })))) {
    const [file, ...rest] = message.split('  ');
    const read = reads.find((candidate) => candidate.file === file);
    read?.problems.push({ file: file!, line: read.locate?.(['aliases']).line, field: 'aliases', message: rest.slice(1).join('  ') });
  }

  for (const read of reads) {
    if (read.source !== undefined) read.problems.push(...bodyProblems(read, contentDir, published));
    problems.push(...read.problems);
  }
  const pictures = names.filter((name) => PICTURE.test(name)).map((name) => join(contentDir, name));
  const warnings = [...reads.flatMap(({ warnings }) => warnings), ...(await oversizedPictures(pictures))];
  return { problems, warnings, articles: reads.length };
}

const PICTURE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Picture originals over IMAGE_ORIGINAL_LIMIT (src/site.ts), as warnings naming the file, its size and what to do. */
async function oversizedPictures(files: readonly string[]): Promise<ContentProblem[]> {
  const { default: sharp } = await import('sharp');
  const { pixels, bytes } = IMAGE_ORIGINAL_LIMIT;
  const warnings: ContentProblem[] = [];
  for (const file of files) {
    const size = statSync(file).size;
    const { width = 0, height = 0 } = await sharp(file).metadata().catch(() => ({ width: 0, height: 0 }));
    if (size <= bytes && width <= pixels && height <= pixels) continue;
    const weight = size < 1024 * 1024 ? `${Math.ceil(size / 1024)} KB` : `${(size / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
    warnings.push({
      file,
      field: 'gambar',
      message: `gambar asli ${width}×${height} px, ${weight} (batas ${pixels} px dan ${bytes / 1024 / 1024} MB); perkecil menjadi sekitar 2000 px di sisi terpanjang sebelum disimpan`,
    });
  }
  return warnings;
}

/**
 * One article's own problems (frontmatter, dates against `now`, TODO left anywhere), without the
 * body's MDX and without the checks that need the other articles. The loader runs this on each
 * file it reads, so `astro dev` and a plain `astro build` stop on the same problems.
 */
export function readArticle(file: string, now: Date): Read {
  const read: Read = { file, id: slugify(basename(file, extname(file))), problems: [], warnings: [] };
  try {
    read.source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    read.problems.push({ file, field: 'berkas', message: NOT_UTF8 });
    return read;
  }
  const frontmatter = readFrontmatter(read.source);
  if (!frontmatter.ok) {
    read.problems.push({ file, ...frontmatter.problem });
    return read;
  }
  read.locate = frontmatter.locate;
  const at = (path: readonly PropertyKey[]) => ({ file, ...frontmatter.locate(path) });
  const parsed = schema.safeParse(withDatesAsWritten(frontmatter.data, read.source));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      read.problems.push({ ...at(issue.path), field: fieldName(issue.path), message: issue.message });
    }
  }
  const tags = frontmatter.data.tags;
  if (Array.isArray(tags)) {
    for (const tag of repeatedTags(tags.filter((tag): tag is string => typeof tag === 'string'))) {
      read.warnings.push({ ...at(['tags']), field: 'tags', message: `topik "${tag.trim()}" ditulis lebih dari sekali (juga bila beda huruf besar-kecil atau spasi); digabung menjadi satu, hapus yang dobel` });
    }
  }
  // A draft may keep its TODOs; read from the YAML as written, so they are named even when a field is wrong too.
  if (frontmatter.data.draft !== true) read.problems.push(...placeholderProblems(file, read.source));
  if (!parsed.success) return read;
  const article = (read.article = parsed.data);

  if (isPublishedAt(article, now)) {
    const later = (date: { instant: Date }) => date.instant.getTime() > now.getTime();
    if (article.updatedDate && later(article.updatedDate)) {
      read.problems.push({ ...at(['updatedDate']), field: 'updatedDate', message: `updatedDate (${article.updatedDate.iso}) masih di masa depan; tulis waktu pembaruan yang sudah terjadi` });
    }
    article.corrections.forEach((correction, index) => {
      if (later(correction.date)) {
        read.problems.push({ ...at(['corrections', index, 'date']), field: 'corrections.date', message: `tanggal koreksi (${correction.date.iso}) masih di masa depan; tulis waktu koreksi yang sudah terjadi` });
      }
    });
  }
  return read;
}

/** `npm run new` marks what is still to write with TODO: a published article may keep none, body included. */
function placeholderProblems(file: string, source: string): ContentProblem[] {
  const end = frontmatterEnd(source);
  return source.split(/\r?\n/).flatMap((line, index) => {
    const column = line.search(new RegExp(`\\b${PLACEHOLDER}\\b`));
    if (column < 0) return [];
    const field = index > 0 && index < end ? (/^\s*(?:-\s+)?([\w.]+):/.exec(line)?.[1] ?? 'frontmatter') : 'isi';
    return [{ file, line: index + 1, column: column + 1, field, message: `masih berisi ${PLACEHOLDER}; tulis isinya sebelum draft: false (atau biarkan draft: true)` }];
  });
}

function bodyProblems(read: Read, contentDir: string, published: ReadonlySet<string>): ContentProblem[] {
  const source = read.source!;
  const picture = read.article?.image?.src;
  const fileProblems = articleFileProblems(source, read.file, contentDir, picture).map((problem) =>
    problem.field === 'image.src' ? { ...problem, ...read.locate?.(['image', 'src']) } : problem,
  );
  // A body nested past the limit would crash the MDX parser itself (src/lib/nesting.ts).
  if (fileProblems.some(({ field }) => field === 'isi')) return fileProblems;
  const live = read.article?.live;
  const liveProblems = live ? liveUpdateProblems(read.file, parseLiveUpdates(blankFrontmatter(source), live).problems) : [];
  return [...fileProblems, ...liveProblems, ...mdxBodyProblems(source, read.file, { contentDir, published })];
}

function isPublishedAt(article: Article, now: Date): boolean {
  return !article.draft && article.pubDate.instant.getTime() <= now.getTime();
}

/** The index of the closing `---` line, or 0 when there is none. */
function frontmatterEnd(source: string): number {
  return Math.max(0, source.split(/\r?\n/).findIndex((line, index) => index > 0 && /^---\s*$/.test(line)));
}

/** `['corrections', 0, 'date']` → `corrections.date`: the line number says which one. */
function fieldName(path: readonly PropertyKey[]): string {
  const name = path.filter((key) => typeof key !== 'number').map(String).join('.');
  return name || 'frontmatter';
}
