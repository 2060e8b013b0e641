import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { builtFile, pathOf, xml } from './built';
import { siteRoot } from './build-sites';
import { SECTION_IDS } from '../../src/sections';

// What the Nu Html Checker and the sitemap schema found, each pinned where it was found.

describe('the search page', () => {
  // htmlparser2 keeps elements where they are written; an HTML5 parser would quietly move a
  // script written after </html> into <body> and hide the mistake.
  const asWritten = load(readFileSync(builtFile('fixtures', '/cari/'), 'utf8'), { xml: { xmlMode: false } });

  test('writes its script inside <body>, not after </html>', () => {
    expect(
      asWritten
        .root()
        .children()
        .map((_, node) => node.tagName)
        .get(),
    ).toEqual(['html']);
    const scripts = asWritten('html > body script[src]');
    expect(scripts).toHaveLength(1);
    expect(scripts.attr('type')).toBe('module');
  });
});

describe('the Google News sitemap with no article from the last two days', () => {
  // The real site builds by today's clock, long after the seed (2024-11-29): nothing is recent.
  const urlset = xml('site', '/news-sitemap.xml').urlset;
  const { origin } = siteRoot('site');

  test('still lists one <url>, as the sitemap schema requires of a <urlset>', () => {
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url).toHaveLength(1);
  });

  test('that <url> is the newest article, without news:news, so Google News gets nothing older than two days', () => {
    expect(urlset.url).toEqual([{ loc: `${origin}/berita/menhan-rusia-kunjungi-korea-utara/` }]);
  });
});

describe.each(['fixtures', 'subpath'] as const)('section feeds of the %s site', (site) => {
  const { origin, base } = siteRoot(site);

  test.each(SECTION_IDS)('the %s feed’s channel links to its section page', (section) => {
    const channel = xml(site, `/kanal/${section}/rss.xml`).rss.channel;
    expect(channel.link).toBe(`${origin}${base}kanal/${section}/`);
  });

  test('the site feed’s channel links to the home page', () => {
    expect(xml(site, '/rss.xml').rss.channel.link).toBe(`${origin}${base}`);
    expect(pathOf(xml(site, '/rss.xml').rss.channel['atom:link']['@_href'])).toBe(`${base}rss.xml`);
  });
});
