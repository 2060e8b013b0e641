import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { infoPageSchema } from './schemas/info-page.ts';
import { createArticleIdAssigner } from './lib/article-ids.ts';

// WARTA_CONTENT_DIR lets tests and benchmarks build the site from other articles.
const articlesDir = process.env.WARTA_CONTENT_DIR ?? './content/articles';
const articleId = createArticleIdAssigner((entry) => existsSync(join(articlesDir, entry)));

const articles = defineCollection({
  loader: glob({ base: articlesDir, pattern: '**/*.mdx', generateId: ({ entry }) => articleId(entry) }),
  schema: ({ image }) => articleSchema(image),
});

const infoPages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: infoPageSchema,
});

export const collections = { articles, infoPages };
