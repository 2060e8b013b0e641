/**
 * Builds the site's internal URLs under a base path ("/" at a domain root, or a
 * sub-path such as "/warta/"). Pure, so tests can try any base; `src/paths.ts`
 * binds it to the configured one.
 */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const under = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}/`;
  return {
    home: () => root,
    article: (id: string) => under('berita', id),
    section: (id: string) => under('kanal', id),
    tag: (slug: string) => under('topik', slug),
    sectionFeed: (id: string) => `${under('kanal', id)}rss.xml`,
    articleImage: (id: string) => `${root}${articleImageFile(encodeURIComponent(id))}`,
    page: (slug: string) => under(slug),
    /** A file at the site root, such as "rss.xml". */
    file: (name: string) => `${root}${name}`,
  };
}

/** The folder of the output that holds share images. */
export const SHARE_IMAGE_FOLDER = 'og';

/** The share image of every page that is not an article, as a file in the output folder. */
export const SITE_IMAGE_FILE = `${SHARE_IMAGE_FOLDER}/situs.png`;

/** An article's share image, as a file in the output folder (the build writes it there; see src/integrations/share-images.ts). */
export function articleImageFile(id: string): string {
  return `${SHARE_IMAGE_FOLDER}/berita/${id}.png`;
}
