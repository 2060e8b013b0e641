import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTION_IDS, type SectionId } from '../../../sections.ts';
import { sectionFeed } from '../../../feeds.ts';
import { getPublishedArticles } from '../../../data/articles.ts';
import { articleFeed } from '../../../data/article-feed.ts';
import { inSection } from '../../../lib/articles.ts';

export const getStaticPaths = (() => SECTION_IDS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const section = params.section as SectionId;
  return articleFeed(inSection(await getPublishedArticles(), section), sectionFeed(section));
};
