import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),
  schema: ({ image }) => articleSchema(image),
});

export const collections = { articles };
