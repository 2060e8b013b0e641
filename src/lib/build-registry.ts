import type { ShareImageText } from './share-image-text.ts';
import type { ArticleCensus } from './build-summary.ts';
import type { Redirect } from './aliases.ts';

/**
 * What pages note while they render (an article's last change, the share image a page points
 * at), for integrations to read when the build is done (astro.config.mjs,
 * src/integrations/share-images.ts). Kept on globalThis because the config and the pages are
 * loaded as separate module instances in one build process.
 */
function registry<T>(name: string): Map<string, T> {
  const key = Symbol.for(`warta.${name}`);
  const holder = globalThis as { [key: symbol]: Map<string, T> | undefined };
  holder[key] ??= new Map();
  return holder[key];
}

/** Records an absolute page URL's last change (an ISO day or date-time), for the sitemap. */
export function recordLastmod(url: string, iso: string): void {
  registry<string>('lastmod').set(url, iso);
}

export function lastmodFor(url: string): string | undefined {
  return registry<string>('lastmod').get(url);
}

/** Records a share image a page points at: its file in the output folder, and what it says. */
export function recordShareImage(file: string, text: ShareImageText): void {
  registry<ShareImageText>('share-images').set(file, text);
}

export function recordedShareImages(): ReadonlyMap<string, ShareImageText> {
  return registry<ShareImageText>('share-images');
}

/** Records an article page for the search index: its file in the output folder, and the part of the index it goes in. */
export function recordSearchPage(file: string, shard: string): void {
  registry<string>('search-pages').set(file, shard);
}

export function recordedSearchPages(): ReadonlyMap<string, string> {
  return registry<string>('search-pages');
}

/** Records what this build published and held back (src/data/articles.ts), for the build's summary. */
export function recordArticleCensus(census: ArticleCensus): void {
  registry<ArticleCensus>('census').set('articles', census);
}

export function recordedArticleCensus(): ArticleCensus | undefined {
  return registry<ArticleCensus>('census').get('articles');
}

/** Records a redirect page: the old address and the new one, both site paths (src/pages/berita/[alias].astro). */
export function recordRedirect(from: string, to: string): void {
  registry<string>('redirects').set(from, to);
}

export function recordedRedirects(): Redirect[] {
  return [...registry<string>('redirects')].map(([from, to]) => ({ from, to }));
}

/** Whether a site path is a redirect page, which the sitemap leaves out. */
export function isRedirectPage(path: string): boolean {
  return registry<string>('redirects').has(path);
}
