import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTION_IDS, type SectionId } from '../../../sections.ts';
import { SITE } from '../../../site.ts';
import { t } from '../../../i18n/id.ts';
import { paths } from '../../../paths.ts';
import { getPublishedArticles } from '../../../data/articles.ts';
import { articleFeed } from '../../../data/feeds.ts';
import { inSection } from '../../../lib/articles.ts';

export const getStaticPaths = (() => SECTION_IDS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const section = params.section as SectionId;
  const name = t(`section.${section}`);
  return articleFeed(
    inSection(await getPublishedArticles(), section),
    {
      title: t('feed.sectionTitle', { site: SITE.name, section: name }),
      description: t('list.sectionDescription', { section: name, site: SITE.name }),
      selfPath: paths.sectionFeed(section),
    },
  );
};
