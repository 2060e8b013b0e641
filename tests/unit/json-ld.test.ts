import { describe, expect, test } from 'vitest';
import {
  articlePageJsonLd,
  breadcrumbList,
  newsArticle,
  serializeJsonLd,
  websiteAndOrganization,
  type ArticleFacts,
} from '../../src/lib/json-ld';
import { publisher } from '../json-ld-publisher';

const facts: ArticleFacts = {
  url: 'https://warta.example/berita/a/',
  headline: 'Judul',
  description: 'Ringkasan',
  datePublished: '2024-11-29',
  dateModified: '2024-11-30T08:15:00+07:00',
  authors: [],
  section: 'Internasional',
  keywords: ['Rusia'],
  imageUrl: 'https://warta.example/og/berita/a.png',
};

describe('newsArticle', () => {
  test('has every property news search needs', () => {
    expect(newsArticle(facts, publisher, 'id')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Judul',
      description: 'Ringkasan',
      datePublished: '2024-11-29',
      dateModified: '2024-11-30T08:15:00+07:00',
      image: ['https://warta.example/og/berita/a.png'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://warta.example/berita/a/' },
      inLanguage: 'id',
      articleSection: 'Internasional',
      keywords: ['Rusia'],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Warta', logo: { url: 'https://warta.example/logo.png' } },
    });
  });

  test.each([
    [
      'bylines: each a Person',
      [{ name: 'Rina' }, { name: 'Budi' }],
      undefined,
      [
        { '@type': 'Person', name: 'Rina' },
        { '@type': 'Person', name: 'Budi' },
      ],
    ],
    [
      'a writer with a page: the Person has its url',
      [{ name: 'Rina', url: 'https://warta.example/penulis/rina/' }, { name: 'Budi' }],
      undefined,
      [
        { '@type': 'Person', name: 'Rina', url: 'https://warta.example/penulis/rina/' },
        { '@type': 'Person', name: 'Budi' },
      ],
    ],
    ['bylines win over the source', [{ name: 'Rina' }], { name: 'AP' }, [{ '@type': 'Person', name: 'Rina' }]],
    ['no byline: the source agency is the author', [], { name: 'AP' }, [{ '@type': 'Organization', name: 'AP' }]],
    [
      'no byline: the source agency with its url',
      [],
      { name: 'AP', url: 'https://apnews.com/' },
      [{ '@type': 'Organization', name: 'AP', url: 'https://apnews.com/' }],
    ],
  ])('%s', (_, authors, source, expected) => {
    expect(newsArticle({ ...facts, authors, source }, publisher, 'id').author).toEqual(expected);
  });

  test('with no byline and no source there is no author at all, and never the newsroom', () => {
    const article = newsArticle({ ...facts, authors: [] }, publisher, 'id');
    expect(article).not.toHaveProperty('author');
  });

  test.each([
    ['without a source there is no isBasedOn', undefined, undefined],
    [
      'a source without url',
      { name: 'AP' },
      { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'AP' } },
    ],
    [
      'a source with url',
      { name: 'AP', url: 'https://apnews.com/x' },
      { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'AP' }, url: 'https://apnews.com/x' },
    ],
  ])('%s', (_, source, expected) => {
    expect(newsArticle({ ...facts, source }, publisher, 'id').isBasedOn).toEqual(expected);
  });

  test('an absent source leaves no isBasedOn key at all, rather than an undefined one', () => {
    expect(Object.keys(newsArticle(facts, publisher, 'id'))).not.toContain('isBasedOn');
  });
});

test('breadcrumbList numbers the crumbs from 1', () => {
  expect(
    breadcrumbList([
      { name: 'Beranda', url: 'https://w/' },
      { name: 'Nasional', url: 'https://w/kanal/nasional/' },
    ]),
  ).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://w/' },
      { '@type': 'ListItem', position: 2, name: 'Nasional', item: 'https://w/kanal/nasional/' },
    ],
  });
});

test('websiteAndOrganization describes the site and its publisher', () => {
  const [website, organization] = websiteAndOrganization(publisher, 'Tagline', 'id');
  expect(website).toMatchObject({ '@type': 'WebSite', name: 'Warta', url: 'https://warta.example/', inLanguage: 'id' });
  expect(organization).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Warta' });
});

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert("x")</script> & <!-- \u2028';

  test('nothing in it can close the script element or open a comment', () => {
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
  });

  test('it still parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd({ headline: hostile }))).toEqual({ headline: hostile });
  });
});

test('articlePageJsonLd: the article, then breadcrumbs that end at the article', () => {
  const [article, crumbs] = articlePageJsonLd(
    facts,
    [{ name: 'Beranda', url: 'https://warta.example/' }],
    publisher,
    'id',
  );
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Judul' });
  expect(
    (crumbs as { itemListElement: { name: string; item: string }[] }).itemListElement.map((c) => [c.name, c.item]),
  ).toEqual([
    ['Beranda', 'https://warta.example/'],
    ['Judul', 'https://warta.example/berita/a/'],
  ]);
});
