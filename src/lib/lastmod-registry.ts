/**
 * Article pages record when they last changed; the sitemap integration (astro.config.mjs)
 * reads it back when the build is done. Kept on globalThis because the config and the
 * pages are loaded as separate module instances in one build process.
 */
const KEY = Symbol.for('warta.lastmod');

function registry(): Map<string, string> {
  const holder = globalThis as { [KEY]?: Map<string, string> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Records an absolute page URL's last change (an ISO day or date-time). */
export function recordLastmod(url: string, iso: string): void {
  registry().set(url, iso);
}

export function lastmodFor(url: string): string | undefined {
  return registry().get(url);
}
