// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { BASE_PATH, CACHE_DIR, STAGING_VARIABLE, SITE_URL } from './src/build-env.ts';
import { isRedirectPage, lastmodFor } from './src/lib/build-registry.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildNotes } from './src/integrations/build-notes.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { devHeaders } from './src/integrations/dev-headers.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { devContentProblems } from './src/integrations/dev-content-problems.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { unreferencedAssets } from './src/integrations/unreferenced-assets.ts';
import { buildGates } from './src/integrations/build-gates.ts';
import { articleBodyProcessor } from './src/markdown/body-processor.ts';

/**
 * Drafts and scheduled articles are previewed in `astro dev` only. Tied to the command,
 * not to NODE_ENV, so no environment can leak a draft into a production build.
 * @type {import('astro').AstroIntegration}
 */
const previewInDev = {
  name: 'warta:preview-in-dev',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { 'import.meta.env.WARTA_PREVIEW': JSON.stringify(command === 'dev') } } });
    },
  },
};

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  // Every page URL ends in a slash, as static hosts serve folders; pagination links follow.
  trailingSlash: 'always',
  // A separate cache per content folder, so test and benchmark builds never mix their articles.
  cacheDir: CACHE_DIR,
  // Keep one space between inline elements (Astro 7's 'jsx' mode strips it: "Sumber:Associated Press").
  compressHTML: true,
  integrations: [
    // Article bodies go through Astro's native Markdown engine (Sätteri): plain Markdown ones
    // when the content is read (src/markdown/article-loader.ts), the ones using MDX as modules here.
    // Articles and standing pages are all .mdx (the loaders read nothing else), so no processor
    // is set for .md files.
    // Its smart punctuation matches remark-smartypants, which gives headlines and standfirsts
    // the same typography (tests/unit/typography.test.ts proves it).
    mdx({
      processor: articleBodyProcessor(BASE_PATH),
    }),
    previewInDev,
    // `npm run build` checks the content and links the live site's unchanged pages in beside Astro.
    buildGates(),
    // The preview sends the production Content-Security-Policy and security headers.
    devHeaders(),
    devContentProblems(),
    // Article pages record their last change while they render; the sitemap reads it here.
    sitemap({
      // A renamed article's old address is a redirect page: search engines should find the new one only.
      filter: (page) => !isRedirectPage(new URL(page).pathname),
      serialize: (item) => {
        const lastmod = lastmodFor(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // Before the file lists: no picture original of an unpublished article stays in the site.
    unreferencedAssets(),
    // The browser CMS at /admin/: before _headers is written, so its folder gets its own policy.
    cmsAdmin(),
    staticHostFiles(),
    shareImages(),
    buildNotes(),
    // Last: in a plain `astro build`, Pagefind indexes in its own process while the integrations
    // above finish (`npm run build` indexes after Astro instead; see src/cli/build.ts).
    searchIndex(),
  ],
  vite: {
    build: {
      // `npm run build` empties its staging folder itself and links the live site's unchanged
      // pages into it (src/lib/unchanged-pages.ts): emptying it again would throw them away.
      emptyOutDir: !process.env[STAGING_VARIABLE],
      // Scripts as files, never inlined: a strict Content-Security-Policy can then allow them by origin.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns about each one: a thousand articles, a thousand identical lines of noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  experimental: {
    // A page whose cache key (from getStaticPaths) and code are unchanged since the last build
    // is copied from the cache instead of rendered: publishing one story into a large archive
    // renders the few pages it changes (README: How a build stays fast).
    incrementalBuild: true,
  },
  build: {
    // Four pages at a time, so writing one overlaps rendering the next (1,000 articles, warm:
    // 9.8 s one at a time, 7.4 s four at a time, 8.7 s eight at a time).
    concurrency: 4,
    // One small stylesheet as a file: cached across pages on slow networks, and no inline
    // style for the Content-Security-Policy to allow.
    inlineStylesheets: 'never',
  },
});
