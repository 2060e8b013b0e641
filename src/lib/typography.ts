import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Root } from 'mdast';

type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/**
 * SmartyPants settings for every piece of text: article bodies (through the Markdown
 * pipeline in astro.config.mjs) and frontmatter text such as headlines (through `smarten`).
 * `--` becomes an em dash, `...` an ellipsis, straight quotes curly ones.
 */
export const SMARTYPANTS_OPTIONS: Options = { quotes: true, dashes: true, ellipses: true, backticks: false };

const transformer = unified().use(remarkSmartypants, SMARTYPANTS_OPTIONS);

/**
 * Gives plain text (headlines, standfirsts, captions) the same typography the Markdown
 * pipeline gives article bodies. The text is wrapped as one Markdown text node rather
 * than parsed, so characters such as `*` or `<` stay exactly as written.
 */
export function smarten(text: string): string {
  if (!text) return text;
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  transformer.runSync(tree);
  const paragraph = tree.children[0];
  return paragraph.type === 'paragraph' && paragraph.children[0]?.type === 'text' ? paragraph.children[0].value : text;
}
