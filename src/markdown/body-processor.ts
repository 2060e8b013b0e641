import { satteri } from '@astrojs/markdown-satteri';
import { SATTERI_SMART_PUNCTUATION } from '../lib/typography.ts';
import { satteriBodyGuard } from './satteri-body-guard.ts';
import { satteriBodyLinks } from './satteri-links.ts';
import { satteriTableAlignment } from './satteri-tables.ts';
import { t, template } from '../i18n/id.ts';

/**
 * How article bodies are rendered: Astro's native Markdown engine (Sätteri), with smart
 * punctuation that matches remark-smartypants (src/lib/typography.ts), footnotes labelled in
 * Indonesian, and our plugins: the guard that refuses links and pictures readers must not get
 * (given `contentDir`, also pictures outside it), links and tables. One definition for both
 * ways a body is rendered: plain Markdown by src/data/article-body.ts, MDX through @astrojs/mdx.
 */
export function articleBodyProcessor(base: string, { contentDir }: { contentDir?: string } = {}) {
  return satteri({
    features: {
      smartPunctuation: SATTERI_SMART_PUNCTUATION,
      // `{reference}` is Sätteri's own placeholder for the footnote's number.
      gfm: { footnotes: { label: t('footnotes.label'), backLabel: template('footnotes.backLabel') } },
    },
    hastPlugins: [satteriBodyGuard({ contentDir }), satteriBodyLinks(base), satteriTableAlignment()],
  });
}

/**
 * Whether an MDX body is plain Markdown, which the Markdown and MDX renderers turn into the
 * same HTML, byte for byte: prose, headings, lists, links, quotes. Not: tags, expressions,
 * imports or exports (`<`, `{`, `}`); indented lines (MDX has no indented code); fenced code
 * and pictures (they need the highlighter and image pipeline only the MDX route is given);
 * tables, footnotes, line breaks and rules (written out slightly differently by the two). The
 * seed and nearly every news article are plain; anything else goes to MDX.
 */
export function isPlainMarkdown(body: string): boolean {
  return !NOT_PLAIN.test(body);
}

const NOT_PLAIN = new RegExp(
  [
    '[<{}]', // JSX, HTML, expressions
    '^(?:import|export)\\b', // ESM
    '^(?: {4}|\\t)', // indented
    '^\\s*(?:```|~~~)', // fenced code
    '!\\[', // pictures
    '^\\s*\\||^\\s*:?-+:?\\s*\\|', // tables (a row, or a delimiter row without the outer pipes)
    '\\[\\^', // footnotes
    '(?:\\\\| {2,})$', // hard line breaks
    '^\\s*(?:[-*_]\\s*){3,}$', // thematic breaks (and setext underlines)
  ].join('|'),
  'm',
);
