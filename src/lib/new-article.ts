import yaml from 'js-yaml';
import { slugify } from './slugs.ts';
import { toSiteIso } from './dates.ts';
import type { SectionId } from '../sections.ts';

/** Marks what an editor has yet to write in a new article; the article schema refuses it once the article is published. */
export const PLACEHOLDER = 'TODO';

/** File names stay short enough to read in a URL; cut at a word boundary. */
const MAX_SLUG_LENGTH = 60;

/** An ASCII file name (without .mdx) from an Indonesian headline, not colliding with `taken`. */
export function articleSlug(title: string, taken: ReadonlySet<string>): string {
  let slug = slugify(title);
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
  if (!slug) slug = 'artikel';
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

export interface NewArticle {
  title: string;
  section: SectionId;
  description?: string | undefined;
  tags?: readonly string[] | undefined;
  breaking?: boolean | undefined;
  now: Date;
}

/** The new file's text: frontmatter written by a YAML library (so any title is quoted safely), then a body to replace. */
export function articleSource(article: NewArticle): string {
  const frontmatter = yaml.dump(
    {
      title: article.title,
      description: article.description?.trim() || `${PLACEHOLDER}: ringkasan satu atau dua kalimat.`,
      pubDate: toSiteIso(article.now),
      section: article.section,
      tags: [...(article.tags ?? [])],
      breaking: article.breaking ?? false,
      draft: true,
    },
    { lineWidth: -1, quotingType: '"' },
  );
  return `---\n${frontmatter}---\n\n${PLACEHOLDER}: tulis berita di sini. Pisahkan paragraf dengan satu baris kosong.\n`;
}
