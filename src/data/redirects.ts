import { getCollection } from 'astro:content';
import { aliasProblems } from '../lib/aliases.ts';
import { getPublishedArticles } from './articles.ts';

/** One old address of a published article: its last part, and the article it leads to. */
export interface AliasPage {
  alias: string;
  id: string;
  title: string;
}

/**
 * Every alias of a published article. An alias that is an existing article's address, or that
 * two articles claim, stops the build: which page readers get there must never be left to chance.
 */
export async function getAliasPages(): Promise<AliasPage[]> {
  const all = await getCollection('articles');
  const problems = aliasProblems(
    all.map(({ id, filePath, data }) => ({ id, file: filePath ?? `${id}.mdx`, aliases: data.aliases })),
  );
  if (problems.length) throw new Error(problems.join('\n'));
  // A draft's or a scheduled story's old address waits for it, as its new one does.
  return (await getPublishedArticles()).flatMap(({ id, data }) =>
    data.aliases.map((alias) => ({ alias, id, title: data.title })),
  );
}
