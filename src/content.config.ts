import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { infoPageSchema } from './schemas/info-page.ts';
import { createArticleIdAssigner } from './lib/article-ids.ts';
import { withDatesAsWritten } from './lib/frontmatter.ts';
import { CONTENT_DIR } from './build-env.ts';

const articleId = createArticleIdAssigner((entry) => existsSync(join(CONTENT_DIR, entry)));

/** The glob loader, with dates as the editor wrote them (see src/lib/frontmatter.ts). */
function withWrittenDates(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(entry: Parameters<typeof context.parseData<TData>>[0]) =>
          context.parseData<TData>(
            entry.filePath
              ? { ...entry, data: withDatesAsWritten(entry.data, readFileSync(entry.filePath, 'utf8')) as TData }
              : entry,
          ),
      }),
  };
}

const articles = defineCollection({
  loader: withWrittenDates(glob({ base: CONTENT_DIR, pattern: '**/*.mdx', generateId: ({ entry }) => articleId(entry) })),
  schema: ({ image }) => articleSchema(image),
});

const infoPages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: infoPageSchema,
});

export const collections = { articles, infoPages };
