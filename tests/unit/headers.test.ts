import { describe, expect, test } from 'vitest';
import {
  ADMIN_CONTENT_SECURITY_POLICY,
  ADMIN_HEADERS,
  CONTENT_SECURITY_POLICY,
  devSecurityHeaders,
  headersFile,
  SECURITY_HEADERS,
} from '../../src/lib/headers';
import { headersFor as ruleHeadersFor, parseHeadersFile } from '../browser/serve';

const headersFor = (file: string, path: string) => ruleHeadersFor(parseHeadersFile(file), path);

/** The top of a built site, as the build would list it. */
const TOP_LEVEL = [
  ...['_astro', 'admin', 'berita', 'kanal', 'topik', 'cari', 'redaksi', 'kontak', 'og', 'pagefind'].map((name) => ({
    name,
    folder: true,
  })),
  ...['index.html', '404.html', 'rss.xml', 'logo.png', 'robots.txt', 'sitemap-index.xml'].map((name) => ({
    name,
    folder: false,
  })),
];

describe.each(['/', '/warta/'])('_headers under base %s', (base) => {
  const file = headersFile(base, TOP_LEVEL);

  test.each([
    ['a page', 'berita/menhan/', 'public, max-age=60, stale-while-revalidate=300'],
    ['the home page', '', 'public, max-age=60, stale-while-revalidate=300'],
    ['a section feed', 'kanal/nasional/rss.xml', 'public, max-age=60, stale-while-revalidate=300'],
    ['the site feed', 'rss.xml', 'public, max-age=60, stale-while-revalidate=300'],
    ['a hashed asset', '_astro/BaseLayout.B2JqRRIM.css', 'public, max-age=31536000, immutable'],
    ['a share image', 'og/berita/menhan.png', 'public, max-age=86400'],
    ['the search index', 'pagefind/pagefind.js', 'public, max-age=60, stale-while-revalidate=300'],
    ['the logo', 'logo.png', 'public, max-age=86400'],
    ['an info page', 'redaksi/', 'public, max-age=60, stale-while-revalidate=300'],
  ])('%s gets exactly one Cache-Control, and every security header', (_, path, cacheControl) => {
    const headers = headersFor(file, base + path);
    expect(headers['Cache-Control']).toEqual([cacheControl]);
    for (const name of Object.keys(SECURITY_HEADERS)) {
      expect(headers[name], name).toHaveLength(1);
    }
  });

  test('a reader page gets one policy, the readers’; the CMS gets its own only, and is kept out of search engines', () => {
    expect(headersFor(file, `${base}berita/menhan/`)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    const admin = headersFor(file, `${base}admin/`);
    expect(admin['Content-Security-Policy']).toEqual([ADMIN_CONTENT_SECURITY_POLICY]);
    expect(admin['X-Robots-Tag']).toEqual(['noindex, nofollow']);
    expect(headersFor(file, `${base}berita/menhan/`)['X-Robots-Tag']).toBeUndefined();
    // The dev server's admin headers are the same set.
    for (const [name, value] of Object.entries(ADMIN_HEADERS)) expect(admin[name], name).toEqual([value]);
  });

  test('the policy allows no inline or eval script, and no framing', () => {
    const [policy] = headersFor(file, `${base}berita/x/`)['Content-Security-Policy']!;
    const scripts = policy!.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("style-src 'self'");
  });
});

test('a page added at the top of the site gets its own short-cache rule, and only what was built gets one', () => {
  const withNewPage = headersFile('/', [...TOP_LEVEL, { name: 'lowongan', folder: true }]);
  expect(headersFor(withNewPage, '/lowongan/')['Cache-Control']).toEqual([
    'public, max-age=60, stale-while-revalidate=300',
  ]);
  expect(headersFor(headersFile('/', TOP_LEVEL), '/lowongan/')['Cache-Control']).toBeUndefined();
});

test('frames are allowed from the privacy-enhanced YouTube host only', () => {
  const directives = SECURITY_HEADERS['Content-Security-Policy'].split('; ');
  expect(directives.filter((d) => d.startsWith('frame-src') || d.startsWith('child-src'))).toEqual([
    'frame-src https://www.youtube-nocookie.com',
  ]);
  expect(directives.find((d) => d.startsWith('default-src'))).toBe("default-src 'self'");
});

describe("the preview's headers (npm run dev)", () => {
  const dev = devSecurityHeaders();
  const directives = dev['Content-Security-Policy']!.split('; ');

  test("are production's, every one", () => {
    expect(Object.keys(dev)).toEqual(Object.keys(SECURITY_HEADERS));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (name !== 'Content-Security-Policy') expect(dev[name], name).toBe(value);
    }
  });

  test.each([
    ['style attributes, still under style-src', "style-src 'self'"],
    ['scripts', "script-src 'self' 'wasm-unsafe-eval'"],
    ['frames', 'frame-src https://www.youtube-nocookie.com'],
  ])('keep the production rule for %s', (_, directive) => {
    expect(directives).toContain(directive);
  });

  test('add only the style elements Vite writes in dev', () => {
    expect(directives.filter((d) => !SECURITY_HEADERS['Content-Security-Policy'].split('; ').includes(d))).toEqual([
      "style-src-elem 'self' 'unsafe-inline'",
    ]);
    expect(directives.filter((d) => d.includes('unsafe-inline'))).toHaveLength(1);
  });
});
