import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { aliasProblems } from './aliases.ts';
import { articleFileProblems, NOT_UTF8 } from '../markdown/article-checks.ts';
import { fieldOf, type ContentProblem } from './content-problems.ts';
import { pageProblems, writerProblems } from './writer-and-page-checks.ts';
import { blankFrontmatter, withDatesAsWritten } from './frontmatter.ts';
import { liveUpdateProblems, parseLiveUpdates } from './live.ts';
import { readFrontmatter } from './frontmatter-yaml.ts';
import { mdxBodyProblems } from './mdx-body-check.ts';
import { nestingProblem } from './nesting.ts';
import { PLACEHOLDER } from './new-article.ts';
import { slugify } from './slugs.ts';
import { repeatedTags } from './tags.ts';
import { digestOf, openCheckCache, type ArticleFacts, type CheckCache } from './content-check-cache.ts';
import { fileSignature } from './file-signature.ts';
import { IMAGE_ORIGINAL_LIMIT } from '../site.ts';

/**
 * The one content check (`npm run check:content`, and `npm run build` before Astro reads articles):
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
  /** Dates that may not be after the build's moment once the article is published. */
  dated: ArticleFacts['dated'];
}

/**
 * Checks every article under contentDir as a build at `now` would publish them. With a cache
 * file, unchanged articles that were clean are not read again (src/lib/content-check-cache.ts);
 * what depends on the other articles or on `now` is checked every time.
 */
export async function checkContent(
  contentDir: string,
  now: Date,
  { cacheFile, authorsDir, pagesDir }: { cacheFile?: string; authorsDir?: string; pagesDir?: string } = {},
): Promise<ContentReport> {
  const cache = cacheFile ? openCheckCache(cacheFile) : undefined;
  const names = (readdirSync(contentDir, { recursive: true }) as string[]).sort();
  const problems: ContentProblem[] = [];
  for (const name of names) {
    if (isArticleFile(name) || !LOOKS_LIKE_AN_ARTICLE.test(name) || !statSync(join(contentDir, name)).isFile())
      continue;
    const fixed = `${basename(name).replace(LOOKS_LIKE_AN_ARTICLE, '')}.mdx`;
    problems.push({
      file: join(contentDir, name),
      field: 'berkas',
      message: `berkas ini tidak akan terbit: hanya berkas berakhiran .mdx (huruf kecil) yang dibaca. Ganti namanya menjadi ${fixed}`,
    });
  }

  // Each article's own problems, and the facts the checks across articles need.
  const articles: { file: string; id: string; facts?: ArticleFacts }[] = [];
  for (const name of names.filter(isArticleFile)) {
    const file = join(contentDir, name);
    const signature = fileSignature(file);
    let digest: string | undefined;
    const digestNow = () => (digest ??= digestOf(readFileSync(file)));
    const kept = cache?.article(file, signature, digestNow);
    if (kept) {
      articles.push({ file, id: kept.id, facts: kept });
      continue;
    }
    const read = readArticle(file);
    const body = read.source === undefined ? { problems: [], related: [] } : bodyProblems(read, contentDir);
    const facts = read.article && factsOf(read, body.related);
    const own = [...read.problems, ...body.problems];
    problems.push(...own);
    if (facts && own.length === 0) cache?.keepArticle(file, digestNow(), signature, read.source!, facts);
    articles.push({ file, id: read.id, facts });
  }

  const isPublished = (facts: ArticleFacts) => !facts.draft && facts.published <= now.getTime();
  const published = new Set(articles.filter(({ facts }) => facts && isPublished(facts)).map(({ id }) => id));
  for (const { facts } of articles) {
    if (!facts) continue;
    if (isPublished(facts))
      problems.push(...facts.dated.filter(({ at }) => at > now.getTime()).map(({ problem }) => problem));
    problems.push(...facts.related.filter(({ article }) => !published.has(article)).map(({ problem }) => problem));
  }

  // Two files, one address: the loader refuses the second (src/lib/article-ids.ts).
  const owners = new Map<string, string>();
  for (const { file, id } of articles) {
    if (!id) {
      problems.push({
        file,
        field: 'nama file',
        message: 'nama file harus memuat huruf atau angka latin, misalnya menhan-rusia-kunjungi-korea-utara.mdx',
      });
      continue;
    }
    const owner = owners.get(id);
    if (owner)
      problems.push({
        file,
        field: 'nama file',
        message: `${owner} juga akan terbit di /berita/${id}/; ganti nama salah satu file`,
      });
    owners.set(id, file);
  }

  const aliased = articles.flatMap(({ file, id, facts }) =>
    facts ? [{ id, file, aliases: facts.aliases, line: facts.aliasesLine }] : [],
  );
  for (const message of aliasProblems(aliased)) {
    // aliasProblems words each one as "file  aliases  message".
    const [file, , ...rest] = message.split('  ');
    problems.push({
      file: file!,
      line: aliased.find((article) => article.file === file)?.line,
      field: 'aliases',
      message: rest.join('  '),
    });
  }

  if (authorsDir) problems.push(...writerProblems(authorsDir));
  if (pagesDir) problems.push(...pageProblems(pagesDir));

  const pictures = names.filter((name) => PICTURE.test(name)).map((name) => join(contentDir, name));
  const warnings = [
    ...articles.flatMap(({ facts }) => facts?.warnings ?? []),
    ...(await oversizedPictures(pictures, cache)),
  ];
  cache?.save();
  return { problems, warnings, articles: articles.length };
}

function factsOf(read: Read, related: ArticleFacts['related']): ArticleFacts {
  const article = read.article!;
  return {
    id: read.id,
    draft: article.draft,
    published: article.pubDate.instant.getTime(),
    aliases: article.aliases,
    aliasesLine: read.locate?.(['aliases']).line,
    dated: read.dated,
    related,
    warnings: read.warnings,
  };
}

const PICTURE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Picture originals over IMAGE_ORIGINAL_LIMIT (src/site.ts), as warnings naming the file, its size and what to do. */
async function oversizedPictures(files: readonly string[], cache?: CheckCache): Promise<ContentProblem[]> {
  // Loaded only when a picture must be measured: a warm build's check measures none, and the
  // build's own process then stays small while Astro runs.
  let sharp: typeof import('sharp').default | undefined;
  const { pixels, bytes } = IMAGE_ORIGINAL_LIMIT;
  const warnings: ContentProblem[] = [];
  for (const file of files) {
    const current = fileSignature(file);
    const kept = cache?.picture(file, current);
    if (kept !== undefined) {
      if (kept) warnings.push(kept);
      continue;
    }
    const size = statSync(file).size;
    sharp ??= (await import('sharp')).default;
    const { width = 0, height = 0 } = await sharp(file)
      .metadata()
      .catch(() => ({ width: 0, height: 0 }));
    if (size <= bytes && width <= pixels && height <= pixels) {
      cache?.keepPicture(file, current, null);
      continue;
    }
    const weight =
      size < 1024 * 1024
        ? `${Math.ceil(size / 1024)} KB`
        : `${(size / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
    warnings.push({
      file,
      field: 'gambar',
      message: `gambar asli ${width}×${height} px, ${weight} (batas ${pixels} px dan ${bytes / 1024 / 1024} MB); perkecil menjadi sekitar 2000 px di sisi terpanjang sebelum disimpan`,
    });
    cache?.keepPicture(file, current, warnings.at(-1)!);
  }
  return warnings;
}

/**
 * One article's own problems (frontmatter, TODO left anywhere), without the body's MDX and
 * without the checks that need the other articles or the build's moment (see ownProblems).
 */
function readArticle(file: string): Read {
  const read: Read = { file, id: slugify(basename(file, extname(file))), problems: [], warnings: [], dated: [] };
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
      read.problems.push({ ...at(issue.path), field: fieldOf(issue.path), message: issue.message });
    }
  }
  const tags = frontmatter.data.tags;
  if (Array.isArray(tags)) {
    for (const tag of repeatedTags(tags.filter((tag): tag is string => typeof tag === 'string'))) {
      read.warnings.push({
        ...at(['tags']),
        field: 'tags',
        message: `topik "${tag.trim()}" ditulis lebih dari sekali (juga bila beda huruf besar-kecil atau spasi); digabung menjadi satu, hapus yang dobel`,
      });
    }
  }
  // A draft may keep its TODOs; read from the YAML as written, so they are named even when a field is wrong too.
  if (frontmatter.data.draft !== true) read.problems.push(...placeholderProblems(file, read.source));
  if (!parsed.success) return read;
  const article = (read.article = parsed.data);
  if (article.updatedDate) {
    read.dated.push({
      at: article.updatedDate.instant.getTime(),
      problem: {
        ...at(['updatedDate']),
        field: 'updatedDate',
        message: `updatedDate (${article.updatedDate.iso}) masih di masa depan; tulis waktu pembaruan yang sudah terjadi`,
      },
    });
  }
  article.corrections.forEach((correction, index) => {
    read.dated.push({
      at: correction.date.instant.getTime(),
      problem: {
        ...at(['corrections', index, 'date']),
        field: 'corrections.date',
        message: `tanggal koreksi (${correction.date.iso}) masih di masa depan; tulis waktu koreksi yang sudah terjadi`,
      },
    });
  });
  return read;
}

/**
 * One article's problems as far as its own file tells, at the build's moment (its frontmatter,
 * its body, its pictures; not whether the articles it links to are published): what the loader
 * checks on each file it reads, so `astro dev` and a plain `astro build` stop on the same lines
 * as `npm run build`.
 */
export function ownProblems(file: string, contentDir: string, now: Date): ContentProblem[] {
  const read = readArticle(file);
  const body = read.source === undefined ? [] : bodyProblems(read, contentDir).problems;
  const published = read.article && !read.article.draft && read.article.pubDate.instant.getTime() <= now.getTime();
  return [
    ...read.problems,
    ...body,
    ...(published ? read.dated.filter(({ at }) => at > now.getTime()).map(({ problem }) => problem) : []),
  ];
}

/** `npm run new` marks what is still to write with TODO: a published article may keep none, body included. */
function placeholderProblems(file: string, source: string): ContentProblem[] {
  const end = frontmatterEnd(source);
  return source.split(/\r?\n/).flatMap((line, index) => {
    const column = line.search(new RegExp(`\\b${PLACEHOLDER}\\b`));
    if (column < 0) return [];
    const field = index > 0 && index < end ? (/^\s*(?:-\s+)?([\w.]+):/.exec(line)?.[1] ?? 'frontmatter') : 'isi';
    return [
      {
        file,
        line: index + 1,
        column: column + 1,
        field,
        message: `masih berisi ${PLACEHOLDER}; tulis isinya sebelum draft: false (atau biarkan draft: true)`,
      },
    ];
  });
}

function bodyProblems(
  read: Read,
  contentDir: string,
): { problems: ContentProblem[]; related: ArticleFacts['related'] } {
  const source = read.source!;
  const picture = read.article?.image?.src;
  const fileProblems = articleFileProblems(source, read.file, contentDir, picture).map((problem) =>
    problem.field === 'image.src' ? { ...problem, ...read.locate?.(['image', 'src']) } : problem,
  );
  // A body nested past the limit would crash the MDX parser itself (src/lib/nesting.ts).
  if (nestingProblem(blankFrontmatter(source))) return { problems: fileProblems, related: [] };
  const live = read.article?.live;
  const liveProblems = live
    ? liveUpdateProblems(read.file, parseLiveUpdates(blankFrontmatter(source), live).problems)
    : [];
  const body = mdxBodyProblems(source, read.file, contentDir);
  return { problems: [...fileProblems, ...liveProblems, ...body.problems], related: body.related };
}

/** The index of the closing `---` line, or 0 when there is none. */
function frontmatterEnd(source: string): number {
  return Math.max(
    0,
    source.split(/\r?\n/).findIndex((line, index) => index > 0 && /^---\s*$/.test(line)),
  );
}
