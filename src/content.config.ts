import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { authorSchema } from './schemas/author.ts';
import { infoPageSchema } from './schemas/info-page.ts';
import { articleLoader } from './markdown/article-loader.ts';
import { AUTHORS_DIR, BODIES_AS_MDX, CONTENT_DIR, PAGES_DIR } from './build-env.ts';

const articles = defineCollection({
  loader: articleLoader(CONTENT_DIR, { bodiesAsMdx: BODIES_AS_MDX }),
  schema: ({ image }) => articleSchema(image),
});

const infoPages = defineCollection({
  loader: glob({ base: PAGES_DIR, pattern: '**/*.mdx' }),
  schema: infoPageSchema,
});

// A writer gets a page by having a file here; none at all is fine (bylines stay plain text).
const authors = defineCollection({
  loader: glob({ base: AUTHORS_DIR, pattern: '*.{yaml,yml}' }),
  schema: ({ image }) => authorSchema(image),
});

export const collections = { articles, infoPages, authors };
