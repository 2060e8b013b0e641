import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { escapePath, glob as listFiles } from 'tinyglobby';
import { createArticleIdAssigner } from '../lib/article-ids.ts';
import { isPlainMarkdown } from './body-processor.ts';
import { readArticleSource } from './article-checks.ts';
import { withDatesAsWritten } from '../lib/frontmatter.ts';
import { ownProblems } from '../lib/content-check.ts';
import { formatProblems } from '../lib/content-problems.ts';
import { BodyProblem } from './satteri-body-guard.ts';
import { buildClock, STAGING_VARIABLE } from '../build-env.ts';
import { noteContentProblems } from '../lib/dev-content-problems.ts';
import { fileSignature } from '../lib/file-signature.ts';
import { readRemembered, remember, unchangedSince } from './unchanged-articles.ts';

/** `npm run build` runs the content check beside Astro, which reads no article before it passed (src/integrations/build-gates.ts). */
const CHECKED_BEFORE_ASTRO = process.env[STAGING_VARIABLE] !== undefined;

/**
 * The articles: every `.mdx` file in the content folder, through Astro's glob loader, with these
 * changes. Bodies are never stored: pages read them from the files (src/data/article-body.ts).
 *
 * - Dates are read as the editor wrote them (see withDatesAsWritten in src/lib/frontmatter.ts).
 * - Each file it reads goes through the content check's per-article part first (ownProblems in
 *   src/lib/content-check.ts: YAML, schema, TODO, dates after the build's moment, bytes and
 *   characters, the lead picture, the body's components, links and pictures), stopping with
 *   the editors' one-line problems; in `astro dev` they are also shown in the browser
 *   (src/integrations/dev-content-problems.ts). Under `npm run build` the whole content check
 *   has run before Astro reads any article, and the loader does not repeat it.
 * - A body that is plain Markdown (isPlainMarkdown) gets no module to bundle: the page renders
 *   it with the same engine when the page is rendered at all, which an incremental build does
 *   only for pages that changed. Only bodies that use MDX become modules.
 * - An article moved to another folder is read again from there (see `get` below).
 * - In a build, a file whose size and times are what they were when it was last read is not
 *   read again: its stored entry is kept as it is (src/markdown/unchanged-articles.ts). Astro's
 *   glob() reads and parses every file to compare digests: about 7 s of a publish at 20,000 articles.
 *
 * Keeping bodies and their HTML out of Astro's data store keeps it small: at 20,000 articles it
 * was 209 MB, read, parsed, written and bundled whole on every build (bench/RESULTS.md).
 */
export function articleLoader(contentDir: string, { bodiesAsMdx = false } = {}): Loader {
  const articleId = createArticleIdAssigner((entry) => existsSync(join(contentDir, entry)));
  // The file Astro is reading now: it asks for the id, then at once for the stored entry.
  let reading: string | undefined;
  const PATTERN = '**/*.mdx';
  const readingGlob = (pattern: string | string[]) =>
    glob({
      base: contentDir,
      pattern,
      generateId: ({ entry }) => {
        reading = entry;
        return articleId(entry);
      },
    });
  const loader = readingGlob(PATTERN);
  return {
    ...loader,
    load: async (context) => {
      // In `astro dev`, each saved article is read again for the preview's list of problems (a
      // YAML mistake stops Astro before it asks the loader anything), once the editor's save has
      // settled: a save is often two events, the file emptied and then written.
      const pending = new Map<string, NodeJS.Timeout>();
      const noteProblems = (file: string) => {
        if (!file.endsWith('.mdx') || !file.startsWith(resolve(contentDir))) return;
        clearTimeout(pending.get(file));
        const settled = () =>
          noteContentProblems(
            file,
            existsSync(file) ? formatProblems(ownProblems(file, resolve(contentDir), buildClock())) : '',
          );
        pending.set(file, setTimeout(settled, 150));
      };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, noteProblems);
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, contentDir);
      /** A file's path as Astro stores it: from the project's root, with forward slashes. */
      const storedAs = (entry: string) => relative(root, join(base, entry)).split(sep).join('/');
      const reader = (context: LoaderContext): LoaderContext => ({
        ...context,
        parseData: <TData extends Record<string, unknown>>(entry: Parameters<typeof context.parseData<TData>>[0]) => {
          if (!entry.filePath) return context.parseData<TData>(entry);
          const source = readArticleSource(entry.filePath);
          // The article's own checks, as check:content runs them, in the same one-line format:
          // so `astro dev` and a plain `astro build` stop where `npm run build` would. Under
          // `npm run build` the content check has passed every article already (Astro waits for
          // it): checking again would read and parse every changed article a second time.
          if (!CHECKED_BEFORE_ASTRO) {
            const problems = ownProblems(resolve(entry.filePath), resolve(contentDir), buildClock());
            if (problems.length) {
              noteContentProblems(resolve(entry.filePath), formatProblems(problems));
              throw new BodyProblem(formatProblems(problems));
            }
          }
          return context.parseData<TData>({ ...entry, data: withDatesAsWritten(entry.data, source) as TData });
        },
        store: {
          ...context.store,
          // Astro keeps an unchanged file's entry as it was, its old path included: an article
          // moved into a folder (or out) would be read, and its module imported, where it no
          // longer is. An entry stored under another path than the file's is read again. (The
          // paths are compared, not looked up on disk: 20,000 look-ups cost seconds here.)
          get: <TData extends Record<string, unknown>>(id: string) => {
            const entry = context.store.get<TData>(id);
            const now = reading && storedAs(reading);
            return entry?.filePath && now && entry.filePath !== now ? undefined : entry;
          },
          set: ({ body = '', ...entry }) => {
            // Astro skips an entry whose digest it already has: a moved file's new path would be lost.
            if (context.store.get(entry.id)?.filePath !== entry.filePath) context.store.delete(entry.id);
            // A plain body is rendered by src/data/article-body.ts from the file; an MDX body
            // stays a module (deferredRender) that Astro bundles.
            const plain = !bodiesAsMdx && entry.deferredRender && isPlainMarkdown(body);
            return context.store.set(plain ? { ...entry, deferredRender: false } : entry);
          },
        },
      });
      // `astro dev` watches every file through glob().
      if (context.watcher) return loader.load(reader(context));

      // Files as glob() lists them; those unchanged since they were read are kept, the rest read.
      const files = await listFiles(PATTERN, { cwd: base, expandDirectories: false });
      const recordFile = fileURLToPath(new URL('articles-as-read.json', context.config.cacheDir));
      const remembered = readRemembered(recordFile);
      const signatures: { file: string; signature: string; id: string }[] = [];
      const kept = new Set<string>();
      const toRead: string[] = [];
      for (const entry of files) {
        const signature = fileSignature(join(base, entry));
        const id = articleId(entry);
        const stored = context.store.get(id);
        signatures.push({ file: entry, signature, id });
        if (
          stored?.filePath === storedAs(entry) &&
          stored.digest !== undefined &&
          unchangedSince(remembered, entry, signature, stored.digest)
        ) {
          kept.add(id);
          // What glob() does for an entry it finds unchanged: its module and pictures stay in the build.
          if (stored.deferredRender) context.store.addModuleImport(stored.filePath);
          const pictures = stored.assetImports ?? [];
          if (pictures.length)
            (context.store as typeof context.store & AssetImports).addAssetImports(pictures, stored.filePath);
        } else toRead.push(entry);
      }
      context.logger.info(`${kept.size} artikel tidak berubah sejak dibaca terakhir, ${toRead.length} dibaca`);
      if (toRead.length > MOST_FILES_NAMED) {
        await loader.load(reader(context));
      } else if (toRead.length) {
        // glob() removes every entry it did not read: the kept ones stay.
        const store = { ...context.store, delete: (id: string) => kept.has(id) || context.store.delete(id) };
        await readingGlob(toRead.map(escapePath)).load(reader({ ...context, store }));
      } else {
        for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
      }
      remember(
        recordFile,
        signatures.map(({ id, ...file }) => ({ ...file, digest: context.store.get(id)?.digest })),
      );
    },
  };
}

/**
 * glob() matches every file against every pattern it is given: naming 100 files costs 0.65 s
 * over 20,000, 500 files 1.9 s and 2,000 files 11 s. Past 100 changed files (an import, a
 * cleared store), every file is read again, as glob() alone does.
 */
const MOST_FILES_NAMED = 100;

/** Part of Astro's data store that its glob() uses but its loader types leave out. */
interface AssetImports {
  addAssetImports(assets: string[], filePath: string): void;
}
