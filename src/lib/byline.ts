import { t } from '../i18n/id.ts';

/** Where a story comes from, as the frontmatter's `source` names it. */
export interface Source {
  name: string;
  url?: string | undefined;
}

/**
 * Whom an article credits: the people named in `author`; without them, the agency in `source`
 * (a wire story is that agency's work, not the newsroom's); without either, no one. The
 * newsroom is never credited by default: it publishes the story, which the publisher says.
 */
export type Credit = { people: readonly string[] } | { agency: Source };

export function creditFor(authors: readonly string[], source: Source | undefined): Credit | undefined {
  if (authors.length > 0) return { people: authors };
  return source && { agency: source };
}

/** "A", "A dan B", "A, B dan C". */
function listOf(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${t('article.and')} ${names[names.length - 1]}`;
}

/** "Oleh A, B dan C" for people, "Diolah dari Associated Press (AP)" for an agency, nothing for no one. */
export function formatByline(credit: Credit | undefined): string | undefined {
  if (!credit) return undefined;
  return 'people' in credit ? t('article.byline', { names: listOf(credit.people) }) : t('article.bylineAgency', { source: credit.agency.name });
}
