import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { articleBodyProcessor } from '../markdown/body-processor.ts';
import { BASE_PATH, CONTENT_DIR } from '../build-env.ts';
import { readArticleSource } from '../markdown/article-checks.ts';
import { blankFrontmatter, bodyAfterFrontmatter } from '../lib/frontmatter.ts';
import type { Article } from './articles.ts';

/** An article's body, ready for a page: HTML for a plain-Markdown body, a component for an MDX one. */
export interface ArticleBody {
  /** The body as the editor wrote it (for reading time). */
  source: string;
  html?: string;
  Content?: AstroComponentFactory;
}

let renderer: ReturnType<ReturnType<typeof articleBodyProcessor>['createRenderer']> | undefined;

/**
 * Reads the article's file and renders its body. Plain-Markdown bodies are not in Astro's data
 * store (src/markdown/article-loader.ts): the same Sätteri engine and plugins render them here, only
 * for pages that are rendered, so an incremental build renders only what changed.
 */
export async function articleBody(article: Article): Promise<ArticleBody> {
  if (!article.filePath) throw new Error(`${article.id}: artikel tanpa berkas`);
  const file = resolve(article.filePath);
  const text = readArticleSource(file);
  const source = bodyAfterFrontmatter(text);
  // Astro's entry type leaves the loader's deferredRender out; an MDX body keeps it (src/markdown/article-loader.ts).
  if ((article as { deferredRender?: boolean }).deferredRender)
    return { source, Content: (await render(article)).Content };
  renderer ??= articleBodyProcessor(BASE_PATH, { contentDir: CONTENT_DIR }).createRenderer({ syntaxHighlight: false });
  // The frontmatter blanked, not cut: the guard's messages then give the file's own line numbers.
  const { code } = await (await renderer).render(blankFrontmatter(text), { fileURL: pathToFileURL(file) });
  // Trimmed: Markdown's HTML ends in a newline that MDX's does not, and the two must be byte for
  // byte the same (tests/site/build-sites.ts builds a site each way).
  return { source, html: code.trimEnd() };
}
