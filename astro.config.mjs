// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkSmartypants from 'remark-smartypants';
import { SMARTYPANTS_OPTIONS } from './src/lib/typography.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
  site: process.env.SITE_URL || SITE.url,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  // Keep one space between inline elements (Astro 7's 'jsx' mode strips it: "Sumber:Associated Press").
  compressHTML: true,
  integrations: [mdx()],
  markdown: {
    // Astro 7's default engine runs no remark plugins; unified() does, and MDX inherits it.
    // Its built-in smartypants is off so that remark-smartypants, with the options that
    // headlines also use (src/lib/typography.ts), is the one doing the typography.
    processor: unified({
      smartypants: false,
      remarkPlugins: [[remarkSmartypants, SMARTYPANTS_OPTIONS]],
    }),
  },
  build: {
    // One small stylesheet inlined saves a render-blocking request on slow mobile networks.
    inlineStylesheets: 'always',
  },
});
