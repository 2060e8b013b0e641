import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OUTPUT, siteRoot } from './build-sites';
import { exists, page, pathOf, text, xml } from './built';

// tests/fixtures/articles/sematan.mdx has `aliases: [/berita/video-lama/]`.
describe.each(['fixtures', 'subpath'] as const)("a renamed article's old address in the %s build", (site) => {
  const { origin, base } = siteRoot(site);
  const target = `${base}berita/sematan/`;
  const $ = page(site, '/berita/video-lama/');

  test('is a page that sends readers on at once to the new address', () => {
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
  });

  test('names the new address as canonical, and asks not to be indexed', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(`${origin}${target}`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  test('shows a link to the article by its headline, in Indonesian', () => {
    expect($('html').attr('lang')).toBe('id');
    const link = $('main a');
    expect(link.attr('href')).toBe(target);
    expect(text(link.text())).toBe('Artikel dengan video dan unggahan media sosial');
    expect(text($('main').text())).toMatch(/^Berita ini sudah pindah ke alamat baru:/);
    expect($('script')).toHaveLength(0);
  });

  test('is left out of the sitemap, which lists the article itself', () => {
    const index = xml(site, '/sitemap-index.xml').sitemapindex.sitemap as { loc: string }[];
    const urls = index.flatMap((s) =>
      (xml(site, pathOf(s.loc).slice(base.length - 1)).urlset.url as { loc: string }[]).map((u) => pathOf(u.loc)),
    );
    expect(urls).toContain(target);
    expect(urls).not.toContain(`${base}berita/video-lama/`);
  });

  test('is a permanent redirect in _redirects, for hosts that read it', () => {
    const lines = readFileSync(resolve(OUTPUT, site, '_redirects'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toEqual([`${base}berita/video-lama/ ${target} 301`]);
  });
});

test('a site without aliases writes no _redirects and no redirect page', () => {
  expect(exists('site', '/_redirects')).toBe(false);
  expect(exists('site', '/berita/video-lama/')).toBe(false);
});
