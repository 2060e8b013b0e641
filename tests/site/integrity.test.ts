import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { OUTPUT, siteRoot, SITES } from './build-sites';
import { filesOf, xml } from './built';
import { headersFor, parseHeadersFile } from '../browser/serve';
import { SECURITY_HEADERS } from '../../src/lib/headers';

type Site = keyof typeof SITES;

const htmlFiles = (site: Site) => filesOf(resolve(OUTPUT, site)).filter((file) => file.endsWith('.html'));

/** Whether a site path (base included) is a file of the build, as a static host would find it. */
function resolves(site: Site, path: string): boolean {
  const { base } = siteRoot(site);
  if (!path.startsWith(base)) return false;
  const file = resolve(OUTPUT, site, decodeURIComponent(path.slice(base.length)));
  try {
    return statSync(file).isFile() || statSync(join(file, 'index.html')).isFile();
  } catch {
    return false;
  }
}

/** Every URL a page asks for or links to: href, src, srcset candidates, and URLs in meta tags. */
function urlsOf(html: string): string[] {
  const $ = load(html);
  return [
    ...$('[href]')
      .map((_, el) => $(el).attr('href'))
      .get(),
    ...$('[src]')
      .map((_, el) => $(el).attr('src'))
      .get(),
    ...$('[srcset]')
      .map((_, el) =>
        $(el)
          .attr('srcset')!
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0]!),
      )
      .get(),
    ...$('meta[content^="http"]')
      .map((_, el) => $(el).attr('content'))
      .get(),
    ...$('form[action]')
      .map((_, el) => $(el).attr('action'))
      .get(),
  ];
}

describe.each(['site', 'fixtures', 'subpath'] as const)('every page of the %s build', (site) => {
  const { origin, base } = siteRoot(site);
  const pages = htmlFiles(site);

  test('every file gets, from _headers, every security header and exactly one Cache-Control that fits it', () => {
    const dir = resolve(OUTPUT, site);
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    const served = filesOf(dir)
      .map((file) => relative(dir, file))
      .filter((file) => file !== '_headers');
    // A page is asked for by its folder as well as by its file.
    const paths = served.flatMap((file) =>
      file.endsWith('index.html') ? [file, file.slice(0, -'index.html'.length)] : [file],
    );
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const headers = headersFor(rules, `${base}${path}`);
      for (const name of Object.keys(SECURITY_HEADERS)) expect(headers[name], `${name} for ${path}`).toHaveLength(1);
      const cacheControl = headers['Cache-Control'] ?? [];
      expect(cacheControl, `Cache-Control for ${path}`).toHaveLength(1);
      const maxAge = Number(/max-age=(\d+)/.exec(cacheControl[0]!)?.[1]);
      // Hashed assets never change; pages, feeds and the search index must show news within minutes.
      if (path.startsWith('_astro/')) expect(cacheControl[0], path).toContain('immutable');
      else if (/(^|\/)$|\.(html|xml|txt|json|js|pf_\w+)$/.test(path)) expect(maxAge, path).toBeLessThanOrEqual(60);
      else expect(maxAge, path).toBeLessThanOrEqual(86400);
    }
  });

  test('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <meta …> and attributes as it sees fit; neither is an error in HTML.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        // Long-standing WCAG advice, checked by axe in the browser tests instead.
        'no-redundant-role': 'off',
        // A headline is the newsroom's to write; the title tag carries it whole.
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${relative(OUTPUT, file)}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and asset resolves, under the base path', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const page = new URL(relative(resolve(OUTPUT, site), file).replace(/index\.html$/, ''), `${origin}${base}`);
      for (const raw of urlsOf(readFileSync(file, 'utf8'))) {
        if (raw.startsWith('#') || raw.startsWith('mailto:')) continue;
        const url = new URL(raw, page);
        if (url.origin !== origin) continue;
        if (!resolves(site, url.pathname)) broken.push(`${relative(OUTPUT, file)} → ${raw}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('nothing points at localhost, and every own URL uses the configured origin', () => {
    const wrong: string[] = [];
    for (const file of pages) {
      for (const raw of urlsOf(readFileSync(file, 'utf8'))) {
        if (/^https?:\/\/(localhost|127\.|\[::1\])/.test(raw)) wrong.push(`${relative(OUTPUT, file)} → ${raw}`);
      }
      const $ = load(readFileSync(file, 'utf8'));
      const own = [
        $('link[rel="canonical"]').attr('href'),
        ...$('link[rel="alternate"]')
          .map((_, l) => $(l).attr('href'))
          .get(),
        ...$('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')
          .map((_, m) => $(m).attr('content'))
          .get(),
      ].filter((value): value is string => Boolean(value));
      for (const url of own) if (!url.startsWith(`${origin}${base}`)) wrong.push(`${relative(OUTPUT, file)} → ${url}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('under a sub-path', () => {
  const site = 'subpath';
  const { origin, base } = siteRoot(site);

  test('feeds, sitemaps and robots.txt use the sub-path', () => {
    const feed = xml(site, '/rss.xml').rss.channel;
    const links = [feed.link, feed['atom:link']['@_href'], ...feed.item.map((item: { link: string }) => item.link)];
    const sitemaps = (xml(site, '/sitemap-index.xml').sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    const pages = sitemaps.flatMap((loc) =>
      (xml(site, new URL(loc).pathname.slice(base.length - 1)).urlset.url as { loc: string }[]).map((u) => u.loc),
    );
    const news = (xml(site, '/news-sitemap.xml').urlset.url as { loc: string }[]).map((u) => u.loc);
    for (const url of [...links, ...sitemaps, ...pages, ...news]) {
      expect(url.startsWith(`${origin}${base}`), url).toBe(true);
      expect(resolves(site, new URL(url).pathname), url).toBe(true);
    }
    const robots = readFileSync(resolve(OUTPUT, site, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
  });

  test('JSON-LD URLs use the sub-path', () => {
    const $ = load(readFileSync(resolve(OUTPUT, site, 'berita/bergambar/index.html'), 'utf8'));
    const urls: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string' && /^https?:/.test(value)) urls.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    $('script[type="application/ld+json"]').each((_, script) => collect(JSON.parse($(script).text())));
    urls.splice(0, urls.length, ...urls.filter((url) => !url.startsWith('https://schema.org')));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith(`${origin}${base}`), url).toBe(true);
  });

  test('the search page without JavaScript searches only the sub-path', () => {
    const $ = load(readFileSync(resolve(OUTPUT, site, 'cari/index.html'), 'utf8'));
    expect($('input[name="as_sitesearch"]').attr('value')).toBe('berita.example/warta');
  });
});

test('two clean builds of the same commit are byte-identical', () => {
  const first = resolve(OUTPUT, 'subpath');
  const second = resolve(OUTPUT, 'subpathAgain');
  const list = (dir: string) =>
    filesOf(dir)
      .map((file) => relative(dir, file))
      .sort();
  expect(list(second)).toEqual(list(first));
  const different = list(first).filter(
    (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
  );
  expect(different).toEqual([]);
});
