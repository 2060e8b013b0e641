import yaml from 'js-yaml';
import { extractFrontmatter } from '@astrojs/markdown-remark';

/*
 * Where frontmatter starts and ends is decided by Astro's own parser (the one its content
 * loaders use), so these helpers can never disagree with what Astro reads: a file may, for
 * instance, open with blank lines before its first `---`.
 */

/** The frontmatter block as it stands in the file, both `---` lines included, if the file has one. */
function frontmatterBlock(source: string): string | undefined {
  const text = extractFrontmatter(source);
  if (text === undefined) return undefined;
  const delimiter = source.trimStart().startsWith('+++') ? '+++' : '---';
  return `${delimiter}${text}${delimiter}`;
}

/** The YAML between an MDX file's two `---` lines, if it has them. */
export function frontmatterText(source: string): string | undefined {
  return extractFrontmatter(source);
}

/** What follows the frontmatter: an MDX file's body. */
export function bodyAfterFrontmatter(source: string): string {
  const block = frontmatterBlock(source);
  return block ? source.slice(source.indexOf(block) + block.length) : source;
}

/** The file with its frontmatter turned to blank lines, so an MDX parser's line numbers stay the file's. */
export function blankFrontmatter(source: string): string {
  const block = frontmatterBlock(source);
  if (!block) return source;
  const end = source.indexOf(block) + block.length;
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

/**
 * Astro reads frontmatter with YAML's default schema, which turns an unquoted
 * `2024-11-30T07:00:00+07:00` into a Date at exactly UTC midnight: the same value a bare day
 * `2024-11-30` gives, so the time would be lost. Re-read with the CORE schema, dates stay the
 * text the editor wrote, and the article schema can tell a day from a moment.
 */
export function withDatesAsWritten(data: Record<string, unknown>, source: string): Record<string, unknown> {
  const text = frontmatterText(source);
  if (text === undefined) return data;
  let written: unknown;
  try {
    written = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch {
    return data; // Astro has already reported the YAML error.
  }
  if (!written || typeof written !== 'object') return data;
  const raw = written as Record<string, unknown>;
  const result = { ...data };
  for (const field of ['pubDate', 'updatedDate', 'breakingUntil']) if (field in raw) result[field] = raw[field];
  if (Array.isArray(raw.corrections) && Array.isArray(data.corrections)) {
    const rawCorrections = raw.corrections as unknown[];
    result.corrections = data.corrections.map((correction: unknown, index) => {
      const rawCorrection = rawCorrections[index];
      return correction &&
        typeof correction === 'object' &&
        rawCorrection &&
        typeof rawCorrection === 'object' &&
        'date' in rawCorrection
        ? { ...correction, date: (rawCorrection as { date: unknown }).date }
        : correction;
    });
  }
  return result;
}
