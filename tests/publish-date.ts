import { parsePublishDate, type PublishDate } from '../src/lib/dates';

/** A date as the article schema would read it from frontmatter; a test's own typo fails loudly. */
export function publishDate(value: unknown): PublishDate {
  const parsed = parsePublishDate(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}
