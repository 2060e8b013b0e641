/**
 * The `_headers` file that Netlify and Cloudflare Pages read: security headers for every
 * response and a cache policy per kind of file.
 */

import { ADMIN_FOLDER, ASSETS_FOLDER, baseFolder, SHARE_IMAGE_FOLDER } from './paths.ts';
import { YOUTUBE_FRAME_ORIGIN } from './embeds.ts';

/** Where a search form may send readers without JavaScript (see src/pages/cari.astro). */
export const FALLBACK_SEARCH_ORIGIN = 'https://www.google.com';

/**
 * No inline script or style anywhere on the site, so the policy needs no hash and no
 * 'unsafe-inline'. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval' (which
 * allows compiling WebAssembly only, not JavaScript eval).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // The <YouTube> embed's host and no other: a pasted <iframe> from anywhere else stays blocked.
  `frame-src ${YOUTUBE_FRAME_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self' ${FALLBACK_SEARCH_ORIGIN}`,
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

/**
 * The browser CMS at /admin/ (src/integrations/cms-admin.ts), and only it. Decap CMS is a React
 * app that writes its styles as <style> elements, shows chosen pictures as blob: URLs, and talks
 * to GitHub's API (or, on an editor's machine, to decap-server on port 8081). Its script still
 * comes from this site only: the bundle is served from our own origin, never from a CDN.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Decap checks config.yml with ajv, which compiles its validators with new Function().
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' blob: https://api.github.com http://localhost:8081",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response, whatever its policy. */
const SHARED_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** What a reader's response gets: the shared headers and the readers' policy. */
export const SECURITY_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...SHARED_HEADERS };

/**
 * Top-level folders whose responses get other headers than the readers' policy: the browser
 * CMS, with its own policy, kept out of search engines.
 */
const OWN_HEADERS = new Map<string, Record<string, string>>([
  [ADMIN_FOLDER, { 'Content-Security-Policy': ADMIN_CONTENT_SECURITY_POLICY, 'X-Robots-Tag': 'noindex, nofollow' }],
]);

/**
 * What `npm run dev` sends instead (src/integrations/dev-headers.ts): the same headers, with one
 * directive more. Vite serves stylesheets in dev as `<style>` elements it writes into the page
 * (and rewrites on every edit), so `style-src-elem` lets style elements through there. Style
 * attributes still fall under `style-src 'self'`: an inline `style=` is blocked in the preview
 * as in production, and so are inline and third-party scripts and frames. A pasted `<style>`
 * element is refused earlier, by the article check (src/markdown/satteri-body-guard.ts).
 */
export function devSecurityHeaders(): Record<string, string> {
  const policy = SECURITY_HEADERS['Content-Security-Policy'];
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': `${policy}; style-src-elem 'self' 'unsafe-inline'` };
}

/** What the admin's responses get in `npm run dev`, as on a host. */
export const ADMIN_HEADERS = { ...SHARED_HEADERS, ...OWN_HEADERS.get(ADMIN_FOLDER) };

/** Hashed file names never change content: cache for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and feeds change when news breaks: a minute, then revalidate. */
const SHORT = 'public, max-age=60, stale-while-revalidate=300';
/** Share images and the logo are named by article, not by content: a day. */
const DAY = 'public, max-age=86400';

/** The top-level files and folders cached longer than pages; everything else gets SHORT. */
const LONGER_CACHING = new Map([
  [ASSETS_FOLDER, IMMUTABLE],
  [SHARE_IMAGE_FOLDER, DAY],
  ['logo.png', DAY],
]);

/** A file or folder at the top of the built site. */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/**
 * Hosts merge the headers of every rule that matches a path, so each path must get its
 * Cache-Control from exactly one rule: the security headers go to all, and caching goes by what
 * is at the top of the site. The rules are made from the built site itself, so a page or folder
 * added later (a new info page, a new kind of listing) is covered without a change here.
 * The Content-Security-Policy goes with the caching, rule by rule, and not on the catch-all: the
 * admin folder needs a policy of its own, and two policies on one response would both apply.
 * An address matching no file or folder (a 404 at the top level) gets the shared headers only.
 */
export function headersFile(base: string, topLevel: readonly TopLevelEntry[]): string {
  const root = baseFolder(base);
  const cacheRules = [...topLevel]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap(({ name, folder }): [string, Record<string, string>][] => {
      const cacheControl = {
        ...(OWN_HEADERS.get(name) ?? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }),
        'Cache-Control': LONGER_CACHING.get(name) ?? SHORT,
      };
      if (folder) return [[`${root}${name}/*`, cacheControl]];
      // The home page is asked for as the folder, not as its file.
      if (name === 'index.html')
        return [
          [root, cacheControl],
          [`${root}${name}`, cacheControl],
        ];
      return [[`${root}${name}`, cacheControl]];
    });
  const rules: [string, Record<string, string>][] = [[`${root}*`, SHARED_HEADERS], ...cacheRules];
  return rules
    .map(([path, headers]) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
