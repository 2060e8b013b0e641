import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { infoPageSchema } from './schemas/info-page';

const articles = defineCollection({
  // WARTA_CONTENT_DIR lets tests and benchmarks build the site from other articles.
  loader: glob({ base: process.env.WARTA_CONTENT_DIR ?? './content/articles', pattern: '**/*.mdx' }),
  schema: ({ image }) => articleSchema(image),
});

const infoPages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: infoPageSchema,
});

export const collections = { articles, infoPages };
