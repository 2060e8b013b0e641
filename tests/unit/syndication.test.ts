import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { CANDIDATES_PER_GROUP, createRelatedFinder } from '../../src/lib/related';
import { slugify } from '../../src/lib/slugs';
import { inNewsWindow, newsSitemapXml } from '../../src/lib/news-sitemap';
import { shareLinks } from '../../src/lib/share';
import { absolutizeHtml } from '../../src/lib/feed-html';
import { articleFacts, shownUpdate } from '../../src/lib/article-facts';
import { bodyLink, bodySrcset } from '../../src/lib/links';
import { publishDate as date } from '../publish-date';

const article = (id: string, section: string, tags: string[]) => ({ id, data: { section, tags } });

describe('related articles', () => {
  // Given newest first.
  const all = [
    article('dia', 'internasional', ['Rusia', 'Korea Utara']),
    article('baru-sama-kanal', 'internasional', []),
    article('satu-tag', 'nasional', ['Rusia']),
    article('dua-tag', 'nasional', ['Rusia', 'Korea Utara']),
    article('satu-tag-sama-kanal', 'internasional', ['korea utara']),
    article('lain', 'ekonomi', ['Pasar']),
    article('lama-sama-kanal', 'internasional', []),
  ];
  const related = createRelatedFinder(all, 4);
  const ids = (articles: readonly { id: string }[]) => articles.map((a) => a.id);

  test('most shared tags first, then the same section, then the newest; never the article itself', () => {
    expect(ids(related(all[0]!))).toEqual(['dua-tag', 'satu-tag-sama-kanal', 'satu-tag', 'baru-sama-kanal']);
  });

  test('at most four, filled from the same section when few share a tag', () => {
    const lone = article('sendiri', 'internasional', ['Unik']);
    const find = createRelatedFinder([lone, ...all], 4);
    expect(ids(find(lone))).toEqual(['dia', 'baru-sama-kanal', 'satu-tag-sama-kanal', 'lama-sama-kanal']);
  });

  test('only stories published before it, so a new story changes no earlier article', () => {
    expect(ids(related(all[3]!))).toEqual(['satu-tag-sama-kanal']);
    const later = article('lebih-baru', 'nasional', ['Rusia', 'Korea Utara']);
    const withLater = createRelatedFinder([later, ...all], 4);
    for (const earlier of all) expect(ids(withLater(earlier))).toEqual(ids(related(earlier)));
  });

  test('an article alone in its section with no shared tag has none', () => {
    expect(related(all[5]!)).toEqual([]);
  });

  test('in a large archive, the same choice as the rule written out plainly', () => {
    // The rule, without the index: for each tag, the nearest CANDIDATES_PER_GROUP earlier
    // stories with it are candidates; count shared tags, sort, fill from the section.
    const tagSets = new WeakMap<object, Set<string>>();
    function plainly(list: ReturnType<typeof article>[], place: number) {
      const me = list[place]!;
      const tagsOf = (a: (typeof list)[number]) => {
        if (!tagSets.has(a)) tagSets.set(a, new Set(a.data.tags.map(slugify)));
        return tagSets.get(a)!;
      };
      const nearestEarlier = (has: (other: (typeof list)[number]) => boolean) =>
        list
          .slice(place + 1)
          .filter(has)
          .slice(0, CANDIDATES_PER_GROUP);
      const shared = new Map<(typeof list)[number], number>();
      for (const tag of tagsOf(me)) {
        for (const other of nearestEarlier((o) => tagsOf(o).has(tag))) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      const sorted = [...shared].sort(
        ([a, na], [b, nb]) =>
          nb - na ||
          Number(b.data.section === me.data.section) - Number(a.data.section === me.data.section) ||
          list.indexOf(a) - list.indexOf(b),
      );
      const chosen = sorted.slice(0, 4).map(([other]) => other);
      for (const other of nearestEarlier((o) => o.data.section === me.data.section)) {
        if (chosen.length < 4 && !shared.has(other)) chosen.push(other);
      }
      return chosen.map((a) => a.id);
    }
    // A seeded archive: 1,200 stories, tags written in varying case, busy tags over the window.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const tags = [
      'Pemilu',
      'pemilu',
      'Banjir',
      'Rusia',
      'Korea Utara',
      'korea  utara',
      'Pasar',
      'Liga',
      'Gempa',
      'Harga Beras',
    ];
    const sections = ['nasional', 'internasional', 'ekonomi'];
    const archive = Array.from({ length: 1200 }, (_, i) =>
      article(
        `a${i}`,
        sections[Math.floor(random() * 3)]!,
        tags.filter(() => random() < 0.25),
      ),
    );
    const find = createRelatedFinder(archive, 4);
    const differing = archive.filter((a, place) => ids(find(a)).join() !== plainly(archive, place).join());
    expect(differing.map((a) => a.id)).toEqual([]);
  });
});

describe('Google News sitemap', () => {
  const now = new Date('2024-12-01T12:00:00+07:00');
  const entry = (url: string, published: string) => ({ url, title: url, published, publishedAt: new Date(published) });
  const entries = [
    entry('besok', '2024-12-01T12:00:01+07:00'),
    entry('baru', '2024-12-01T11:00:00+07:00'),
    entry('tepat-dua-hari', '2024-11-29T12:00:00+07:00'),
    entry('lewat', '2024-11-29T11:59:59+07:00'),
  ];

  test('takes the articles of the last two days, none from the future', () => {
    expect(inNewsWindow(entries, now).map((e) => e.url)).toEqual(['baru', 'tepat-dua-hari']);
  });

  test('with no recent article it lists the fallback URL without news:news, as the sitemap schema wants one <url>', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(
      newsSitemapXml([], { name: 'Warta', language: 'id' }, 'https://w/berita/a/'),
    );
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset.url).toEqual({ loc: 'https://w/berita/a/' });
  });

  test('writes valid news:news entries, escaping the title', () => {
    const xml = newsSitemapXml(
      [{ url: 'https://w/berita/a/', title: 'A & <b>"B"</b>', published: '2024-12-01', publishedAt: now }],
      { name: 'Warta', language: 'id' },
      'https://w/',
    );
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toEqual({
      loc: 'https://w/berita/a/',
      'news:news': {
        'news:publication': { 'news:name': 'Warta', 'news:language': 'id' },
        'news:publication_date': '2024-12-01',
        'news:title': 'A & <b>"B"</b>',
      },
    });
  });
});

test('share links carry the article URL and title, encoded', () => {
  const links = Object.fromEntries(
    shareLinks('https://w/berita/a/', 'Judul & "kutip"').map((l) => [l.network, l.href]),
  );
  expect(new URL(links.whatsapp!).searchParams.get('text')).toBe('Judul & "kutip" https://w/berita/a/');
  expect(new URL(links.facebook!).searchParams.get('u')).toBe('https://w/berita/a/');
  expect(new URL(links.x!).searchParams.get('url')).toBe('https://w/berita/a/');
  expect(new URL(links.telegram!).searchParams.get('text')).toBe('Judul & "kutip"');
  expect(links.email).toMatch(/^mailto:\?subject=Judul%20%26%20%22kutip%22&body=/);
});

test('feed HTML gets absolute links, pictures and srcsets', () => {
  const html =
    '<p><a href="/berita/b/">b</a> <a href="https://x.org/">x</a> <img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w" alt=""></p>';
  expect(absolutizeHtml(html, 'https://w/berita/a/')).toBe(
    '<p><a href="https://w/berita/b/">b</a> <a href="https://x.org/">x</a> <img src="https://w/_astro/a.webp" srcset="https://w/_astro/a.webp 400w, https://w/_astro/b.webp 800w" alt=""></p>',
  );
});

test.each([
  ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['a mixed-case one with a tab and leading controls', '<a href="\u0001 JaVa&#x09;ScRiPt:alert(1)">x</a>', '<a>x</a>'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['a data: picture', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', '<img alt="">'],
  ['a file: picture in a srcset', '<img srcset="/a.webp 1x, file:///etc/b.webp 2x" alt="">', '<img alt="">'],
  [
    'mailto and tel, which stay',
    '<a href="mailto:r@w.id">m</a><a href="tel:+6221">t</a>',
    '<a href="mailto:r@w.id">m</a><a href="tel:+6221">t</a>',
  ],
])('feed HTML never carries %s', (_, html, expected) => {
  expect(absolutizeHtml(html, 'https://w/berita/a/')).toBe(expected);
});

describe('articleFacts', () => {
  const data = { title: 'T', description: 'D', pubDate: date('2024-11-29'), author: [], tags: ['X'], corrections: [] };
  const where = { url: 'https://w/berita/a/', imageUrl: 'https://w/og/a.png', sectionName: 'Nasional' };

  test('dateModified is the publication date when never updated', () => {
    expect(articleFacts(data, where)).toMatchObject({ datePublished: '2024-11-29', dateModified: '2024-11-29' });
  });

  test('dateModified is the latest correction when it is later than the update', () => {
    const corrected = {
      ...data,
      updatedDate: date('2024-11-30'),
      corrections: [
        { date: date('2024-12-02T09:00:00+07:00'), text: 'Nama menteri diperbaiki.' },
        { date: date('2024-12-01'), text: 'Jumlah korban diperbaiki.' },
      ],
    };
    expect(articleFacts(corrected, where).dateModified).toBe('2024-12-02T09:00:00+07:00');
  });

  test.each([
    ['never updated', {}, undefined],
    ['updated the same day (a bare day is not later)', { updatedDate: date('2024-11-29') }, undefined],
    ['updated later', { updatedDate: date('2024-11-30') }, '2024-11-30'],
    [
      'corrected later',
      { corrections: [{ date: date('2024-12-01T09:00:00+07:00'), text: 'Nama diperbaiki.' }] },
      '2024-12-01T09:00:00+07:00',
    ],
  ])('shownUpdate: %s', (_, change, shown) => {
    expect(shownUpdate({ ...data, ...change })?.iso).toBe(shown);
  });

  test('dateModified is the update when there is one', () => {
    expect(articleFacts({ ...data, updatedDate: date('2024-11-30T08:00:00+07:00') }, where).dateModified).toBe(
      '2024-11-30T08:00:00+07:00',
    );
  });
});

describe('bodyLink', () => {
  test.each([
    ['a link to an article gets the base path', '/berita/a/', '/warta/', { href: '/warta/berita/a/' }],
    ['even when the base is also a section name', '/berita/a/', '/berita/', { href: '/berita/berita/a/' }],
    ['at a domain root it stays', '/berita/a/', '/', { href: '/berita/a/' }],
    [
      'a link out gets noopener noreferrer',
      'https://x.org/a',
      '/warta/',
      { href: 'https://x.org/a', rel: ['noopener', 'noreferrer'] },
    ],
    [
      'so does a protocol-relative one',
      '//cdn.x.org/a',
      '/',
      { href: '//cdn.x.org/a', rel: ['noopener', 'noreferrer'] },
    ],
    ['a fragment stays', '#catatan', '/warta/', { href: '#catatan' }],
    ['mailto stays', 'mailto:redaksi@warta.example', '/', { href: 'mailto:redaksi@warta.example' }],
  ])('%s', (_, href, base, expected) => {
    expect(bodyLink(href, base)).toEqual(expected);
  });

  test('every address in a srcset gets the base path; descriptors and other sites stay', () => {
    expect(bodySrcset('/foto/a-640.jpg 640w, /foto/a-1280.jpg 1280w,https://x.org/b.jpg 2x', '/warta/')).toBe(
      '/warta/foto/a-640.jpg 640w, /warta/foto/a-1280.jpg 1280w, https://x.org/b.jpg 2x',
    );
  });
});
