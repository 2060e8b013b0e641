import { creditFor, type Person, type Source } from './byline.ts';

/**
 * schema.org structured data for search engines and aggregators, built as plain objects
 * (never string templates, so no field can print "undefined" or break the JSON).
 */

export interface Publisher {
  name: string;
  /** The site's home page, absolute. */
  url: string;
  /** A PNG logo, absolute. */
  logoUrl: string;
  logoWidth: number;
  logoHeight: number;
}

export interface ArticleFacts {
  /** The article's canonical URL, absolute. */
  url: string;
  headline: string;
  description: string;
  /** ISO day or date-time with offset, as written in the frontmatter. */
  datePublished: string;
  dateModified: string;
  /** The byline's people, each with their writer's page when they have one. */
  authors: readonly Person[];
  section: string;
  keywords: readonly string[];
  /** The share image, absolute. */
  imageUrl: string;
  source?: Source | undefined;
}

export interface Crumb {
  name: string;
  url: string;
}

type JsonLd = Record<string, unknown>;

function organization(publisher: Publisher): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${publisher.url}#organization`,
    name: publisher.name,
    url: publisher.url,
    logo: {
      '@type': 'ImageObject',
      url: publisher.logoUrl,
      width: publisher.logoWidth,
      height: publisher.logoHeight,
    },
  };
}

/** The people of the byline, or the agency the story comes from; never the newsroom by default. */
function authorsOf(article: ArticleFacts): JsonLd[] | undefined {
  const pages = new Map(article.authors.map((person) => [person.name, person.url]));
  const credit = creditFor(
    article.authors.map(({ name }) => name),
    article.source,
    (name) => pages.get(name),
  );
  if (!credit) return undefined;
  if ('people' in credit) return credit.people.map(person);
  const { name, url } = credit.agency;
  return [{ '@type': 'Organization', name, ...(url && { url }) }];
}

/** A writer, with the address of their page when they have one. */
function person({ name, url }: Person): JsonLd {
  return { '@type': 'Person', name, ...(url && { url }) };
}

/** A NewsArticle; without a byline or a source it names no author (author is optional for Google). */
export function newsArticle(article: ArticleFacts, publisher: Publisher, language: string): JsonLd {
  const authors = authorsOf(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    ...(authors && { author: authors }),
    publisher: organization(publisher),
    image: [article.imageUrl],
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    inLanguage: language,
    articleSection: article.section,
    keywords: [...article.keywords],
    ...(article.source && {
      isBasedOn: {
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: article.source.name },
        ...(article.source.url && { url: article.source.url }),
      },
    }),
  };
}

/** A live page's coverage: when it opened and closed, and its updates, newest first. */
export interface LiveFacts {
  /** ISO date-times with offset. */
  start: string;
  end?: string | undefined;
  updates: readonly { headline: string; datePublished: string; url: string; articleBody: string }[];
}

/** A live page: the article as a LiveBlogPosting, its coverage times and each update as a BlogPosting. */
export function liveBlogPosting(
  article: ArticleFacts,
  live: LiveFacts,
  publisher: Publisher,
  language: string,
): JsonLd {
  return {
    ...newsArticle(article, publisher, language),
    '@type': 'LiveBlogPosting',
    coverageStartTime: live.start,
    ...(live.end && { coverageEndTime: live.end }),
    liveBlogUpdate: live.updates.map((update) => ({ '@type': 'BlogPosting', ...update })),
  };
}

/** Home › section › article, as search results show it. */
export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * Everything an article page says as structured data: the article, and its breadcrumbs
 * from the home page (`parents`, absolute URLs) down to the article itself.
 */
export function articlePageJsonLd(
  article: ArticleFacts,
  parents: readonly Crumb[],
  publisher: Publisher,
  language: string,
  live?: LiveFacts,
): JsonLd[] {
  const main = live ? liveBlogPosting(article, live, publisher, language) : newsArticle(article, publisher, language);
  return [main, breadcrumbList([...parents, { name: article.headline, url: article.url }])];
}

/** What a writer's page says about them. */
export interface AuthorFacts {
  name: string;
  /** The writer's page, absolute. */
  url: string;
  role?: string | undefined;
  bio: string;
  /** The photo, absolute. */
  imageUrl?: string | undefined;
  /** Their profiles elsewhere. */
  sameAs: readonly string[];
}

/** A writer's page: a ProfilePage about the Person, whose url is the page (as articles' bylines give it). */
export function profilePage(author: AuthorFacts, language: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: author.url,
    inLanguage: language,
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url: author.url,
      description: author.bio,
      ...(author.role && { jobTitle: author.role }),
      ...(author.imageUrl && { image: author.imageUrl }),
      ...(author.sameAs.length > 0 && { sameAs: [...author.sameAs] }),
    },
  };
}

/** The site and its newsroom, for the home page. */
export function websiteAndOrganization(publisher: Publisher, description: string, language: string): JsonLd[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': `${publisher.url}#website`,
      name: publisher.name,
      description,
      url: publisher.url,
      inLanguage: language,
      publisher: { '@id': `${publisher.url}#organization` },
    },
    { '@context': 'https://schema.org', ...organization(publisher) },
  ];
}

/**
 * JSON for a <script> element: `<`, `>` and `&` are written as \u escapes so no value can
 * close the element or open a comment, and U+2028/2029 so old parsers do not choke.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
