import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTION_IDS, type SectionId } from '../../../sections';
import { SITE } from '../../../site';
import { t } from '../../../i18n/id';
import { paths } from '../../../paths';
import { getPublishedArticles } from '../../../data/articles';
import { articleFeed } from '../../../data/feeds';

export const getStaticPaths = (() => SECTION_IDS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const section = params.section as SectionId;
  const name = t(`section.${section}`);
  return articleFeed(
    (await getPublishedArticles()).filter((article) => article.data.section === section),
    {
      title: t('feed.sectionTitle', { site: SITE.name, section: name }),
      description: t('list.sectionDescription', { section: name, site: SITE.name }),
      selfPath: paths.sectionFeed(section),
    },
  );
};
