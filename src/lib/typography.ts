import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Root } from 'mdast';

type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/**
 * remark-smartypants settings for frontmatter text such as headlines (through `smarten`).
 * Straight quotes become curly ones, `--` an en dash, `---` an em dash and
 * `...` an ellipsis: the same as Sätteri's smart punctuation below, which article bodies get.
 */
const SMARTYPANTS_OPTIONS: Options = { quotes: true, dashes: 'oldschool', ellipses: true, backticks: false };

/** Sätteri's smart punctuation for article bodies (astro.config.mjs), matching the settings above. */
export const SATTERI_SMART_PUNCTUATION = { quotes: true, dashes: true, ellipses: true } as const;

/** What remark-smartypants can change with the settings above: quotes, `--`, and `...` or `. . .` (backticks are off). */
const MAY_CHANGE = /["']|--|\.\s?\./;

const transformer = unified().use(remarkSmartypants, SMARTYPANTS_OPTIONS);

/**
 * Gives plain text (headlines, standfirsts, captions) the same typography the Markdown
 * pipeline gives article bodies. The text is wrapped as one Markdown text node rather
 * than parsed, so characters such as `*` or `<` stay exactly as written.
 */
export function smarten(text: string): string {
  // Text with no quote, double hyphen or run of dots has nothing to change: most headlines and
  // names. Skipping them saves a syntax-tree pass per field (over a second at 5,000 articles).
  if (!MAY_CHANGE.test(text)) return text;
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  transformer.runSync(tree);
  const paragraph = tree.children[0];
  return paragraph.type === 'paragraph' && paragraph.children[0]?.type === 'text' ? paragraph.children[0].value : text;
}

/** A whole value between word-processor quotes, “…” or ‘…’, with no other such quote inside. */
const WRAPPED_IN_TYPOGRAPHIC_QUOTES = /^“([^“”]*)”$|^‘([^‘’]*)’$/;

/**
 * `title: “Banjir di Jakarta”`, as a word processor writes `"…"`, meant the quotes of YAML,
 * not a headline in quotes: they are dropped. A headline that is a quote keeps its quotes when
 * written with straight ones inside YAML's (`title: '"Kami tidak menyerah"'`).
 */
export function withoutTypographicQuotes(text: string): string {
  const match = WRAPPED_IN_TYPOGRAPHIC_QUOTES.exec(text);
  return match ? (match[1] ?? match[2] ?? '').trim() : text;
}
