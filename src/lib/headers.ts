/**
 * The `_headers` file that Netlify and Cloudflare Pages read: security headers for every
 * response and a cache policy per kind of file.
 */

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
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self' ${FALLBACK_SEARCH_ORIGIN}`,
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** Hashed file names never change content: cache for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and feeds change when news breaks: a minute, then revalidate. */
const SHORT = 'public, max-age=60, stale-while-revalidate=300';
/** Share images and the logo are named by article, not by content: a day. */
const DAY = 'public, max-age=86400';

/**
 * Hosts merge the headers of every rule that matches a path, so each path gets its
 * Cache-Control from exactly one rule: security headers for all, caching by folder.
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const short = ['', 'berita/*', 'kanal/*', 'topik/*', 'cari/', 'redaksi/', 'kontak/', 'pagefind/*', 'rss.xml', 'news-sitemap.xml', 'sitemap-*'];
  const rules: [string, Record<string, string>][] = [
    [`${root}*`, SECURITY_HEADERS],
    [`${root}_astro/*`, { 'Cache-Control': IMMUTABLE }],
    [`${root}og/*`, { 'Cache-Control': DAY }],
    [`${root}logo.png`, { 'Cache-Control': DAY }],
    ...short.map((path): [string, Record<string, string>] => [`${root}${path}`, { 'Cache-Control': SHORT }]),
  ];
  return rules
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}
