import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { createArticleIdAssigner } from './article-ids.ts';
import { articleBodyProcessor, isPlainMarkdown } from './article-body.ts';
import { checkArticleFile, checkMdxBody, readArticleSource } from './article-checks.ts';
import { blankFrontmatter, bodyAfterFrontmatter, withDatesAsWritten } from './frontmatter.ts';

type Rendered = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>;

/**
 * The articles: every `.mdx` file in the content folder, through Astro's glob loader, with two
 * changes.
 *
 * - Dates are read as the editor wrote them (see withDatesAsWritten in src/lib/frontmatter.ts).
 * - What the schema cannot see is checked here (src/lib/article-checks.ts): bytes that are not
 *   UTF-8, characters XML cannot carry, the lead picture's file, and every body's links and
 *   pictures (src/lib/satteri-body-guard.ts), each naming the file and the line or field.
 * - A body that is plain Markdown (isPlainMarkdown) is rendered to HTML here, once, by the same
 *   engine and plugins as MDX, and kept in Astro's content cache like a `.md` file's. Only
 *   bodies that use MDX become JavaScript modules: bundling one module per article was most
 *   of a large build's time (bench/RESULTS.md).
 */
export function articleLoader(contentDir: string, base: string, { bodiesAsMdx = false } = {}): Loader {
  const articleId = createArticleIdAssigner((entry) => existsSync(join(contentDir, entry)));
  const loader = glob({ base: contentDir, pattern: '**/*.mdx', generateId: ({ entry }) => articleId(entry) });
  const renderer = articleBodyProcessor(base, { contentDir }).createRenderer({ syntaxHighlight: false });
  return {
    ...loader,
    load: (context) => {
      // Bodies rendered while their data is checked (which Astro awaits), by file, until stored.
      const prerendered = new Map<string, { body: string; rendered: Rendered }>();
      const root = context.config.root;
      return loader.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(entry: Parameters<typeof context.parseData<TData>>[0]) => {
          if (!entry.filePath) return context.parseData<TData>(entry);
          const source = readArticleSource(entry.filePath);
          checkArticleFile(source, entry.filePath, contentDir, (entry.data.image as { src?: unknown } | undefined)?.src);
          const body = bodyAfterFrontmatter(source);
          if (bodiesAsMdx || !isPlainMarkdown(body)) checkMdxBody(source, entry.filePath, contentDir);
          else {
            // The frontmatter blanked, not cut: the guard's messages then give the file's own line numbers.
            const { code, metadata } = await (await renderer).render(blankFrontmatter(source), { fileURL: pathToFileURL(entry.filePath) });
            // Trimmed: Markdown's HTML ends in a newline that MDX's does not, and the two must be
            // byte for byte the same (tests/site/build-sites.ts builds a site each way).
            const rendered = { html: code.trimEnd(), metadata: { headings: metadata.headings, imagePaths: [] } };
            prerendered.set(resolve(entry.filePath), { body, rendered });
          }
          return context.parseData<TData>({ ...entry, data: withDatesAsWritten(entry.data, source) as TData });
        },
        store: {
          ...context.store,
          set: (entry) => {
            const file = entry.filePath && resolve(fileURLToPath(new URL(entry.filePath, root)));
            const plain = file ? prerendered.get(file) : undefined;
            if (file) prerendered.delete(file);
            // Stored like a Markdown file: rendered, and no module to bundle. (The body compared
            // is a guard: it is the text Astro read, and the one rendered above.)
            if (plain && entry.deferredRender && plain.body.trim() === entry.body?.trim()) {
              const { deferredRender: _, ...rest } = entry;
              return context.store.set({ ...rest, rendered: plain.rendered });
            }
            return context.store.set(entry);
          },
        },
      });
    },
  };
}
