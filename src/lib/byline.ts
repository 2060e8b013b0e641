import { t, template } from '../i18n/id.ts';

/** Where a story comes from, as the frontmatter's `source` names it. */
export interface Source {
  name: string;
  url?: string | undefined;
}

/** A person the byline names; `url` is their writer's page, when they have one. */
export interface Person {
  name: string;
  url?: string | undefined;
}

/**
 * Whom an article credits: the people named in `author`; without them, the agency in `source`
 * (a wire story is that agency's work, not the newsroom's); without either, no one. The
 * newsroom is never credited by default: it publishes the story, which the publisher says.
 */
export type Credit = { people: readonly Person[] } | { agency: Source };

/** `pageOf` gives a writer's page for a name, or undefined for a writer without one. */
export function creditFor(
  authors: readonly string[],
  source: Source | undefined,
  pageOf: (name: string) => string | undefined = () => undefined,
): Credit | undefined {
  if (authors.length > 0) return { people: authors.map((name) => withPage(name, pageOf(name))) };
  return source && { agency: source };
}

function withPage(name: string, url: string | undefined): Person {
  return url ? { name, url } : { name };
}

/** A run of the byline's text; a name with a page links to it. */
export interface BylinePiece {
  text: string;
  href?: string | undefined;
}

/** "A", ", ", "B", " dan ", "C": the names with the words between them. */
function listOf(people: readonly Person[]): BylinePiece[] {
  return people.flatMap((person, index) => {
    const piece = { text: person.name, href: person.url };
    if (index === 0) return [piece];
    return [{ text: index === people.length - 1 ? ` ${t('article.and')} ` : ', ' }, piece];
  });
}

/** The byline in pieces, so names can be links: "Oleh " [A] " dan " [B], or the agency's line. */
export function bylinePieces(credit: Credit | undefined): BylinePiece[] {
  if (!credit) return [];
  if ('agency' in credit) return [{ text: t('article.bylineAgency', { source: credit.agency.name }) }];
  const [before, after] = template('article.byline').split('{names}');
  return [{ text: before }, ...listOf(credit.people), { text: after }].filter((piece) => piece.text !== '');
}
