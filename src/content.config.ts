import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { infoPageSchema } from './schemas/info-page.ts';
import { articleLoader } from './lib/article-loader.ts';
import { BODIES_AS_MDX, CONTENT_DIR } from './build-env.ts';

const articles = defineCollection({
  loader: articleLoader(CONTENT_DIR, { bodiesAsMdx: BODIES_AS_MDX }),
  schema: ({ image }) => articleSchema(image),
});

const infoPages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: infoPageSchema,
});

export const collections = { articles, infoPages };
