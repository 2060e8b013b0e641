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

/** The folder of the output that holds the search index (src/integrations/search-index.ts). */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Addresses at the top of the site that the site itself uses: no info page may take one. */
const TAKEN_TOP_LEVEL = new Set(['berita', 'kanal', 'topik', 'cari', '_astro', SHARE_IMAGE_FOLDER, SEARCH_INDEX_FOLDER]);

/**
 * Why an info page (content/pages/<id>.mdx, served at /<id>/) cannot have this name, in the
 * editors' language; undefined when it can.
 */
export function infoPageNameProblem(id: string): string | undefined {
  if (TAKEN_TOP_LEVEL.has(id.toLowerCase())) {
    return `nama "${id}" sudah dipakai situs untuk alamat /${id}/; beri halaman ini nama file lain`;
  }
  return undefined;
}

/** The share image of every page that is not an article, as a file in the output folder. */
export const SITE_IMAGE_FILE = `${SHARE_IMAGE_FOLDER}/situs.png`;

/** An article's share image, as a file in the output folder (the build writes it there; see src/integrations/share-images.ts). */
export function articleImageFile(id: string): string {
  return `${SHARE_IMAGE_FOLDER}/berita/${id}.png`;
}
