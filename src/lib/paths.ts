/** The folders of src/pages/ that hold the site's own pages (the search page is src/pages/cari.astro). */
const ROUTE_FOLDERS = {
  article: 'berita',
  section: 'kanal',
  tag: 'topik',
  search: 'cari',
  author: 'penulis',
  archive: 'arsip',
} as const;

/** A base path as the folder it is: "/warta" and "/warta/" are both "/warta/". */
export function baseFolder(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Builds the site's internal URLs under a base path ("/" at a domain root, or a
 * sub-path such as "/warta/"). Pure, so tests can try any base; `src/site-urls.ts`
 * binds it to the configured one.
 */
export function createPaths(base: string) {
  const root = baseFolder(base);
  const under = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}/`;
  return {
    home: () => root,
    article: (id: string) => under(ROUTE_FOLDERS.article, id),
    section: (id: string) => under(ROUTE_FOLDERS.section, id),
    tag: (slug: string) => under(ROUTE_FOLDERS.tag, slug),
    search: () => under(ROUTE_FOLDERS.search),
    author: (slug: string) => under(ROUTE_FOLDERS.author, slug),
    /** The date archive's index, or one month's page ("/arsip/2024/11/"). */
    archive: (month?: { year: number; month: number }) =>
      month ? under(ROUTE_FOLDERS.archive, ...Object.values(monthSegments(month))) : under(ROUTE_FOLDERS.archive),
    sectionFeed: (id: string) => `${under(ROUTE_FOLDERS.section, id)}rss.xml`,
    articleImage: (id: string) => `${root}${articleImageFile(encodeURIComponent(id))}`,
    page: (slug: string) => under(slug),
    /** A file at the site root, such as "rss.xml". */
    file: (name: string) => `${root}${name}`,
  };
}

/** A month as its address writes it ({ year: '2024', month: '11' }): the month pages' parameters, and their addresses above. */
export function monthSegments({ year, month }: { year: number; month: number }): { year: string; month: string } {
  return { year: String(year), month: String(month).padStart(2, '0') };
}

/** The folder of the output that holds share images. */
export const SHARE_IMAGE_FOLDER = 'og';

/** The folder of the output that holds the search index (src/integrations/search-index.ts). */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Astro's folder of hashed assets (build.assets). */
export const ASSETS_FOLDER = '_astro';

/** The top-level folder of the browser CMS (src/integrations/cms-admin.ts). */
export const ADMIN_FOLDER = 'admin';

/** Addresses at the top of the site that the site itself uses: no info page may take one. */
export const TAKEN_TOP_LEVEL: ReadonlySet<string> = new Set([
  ...Object.values(ROUTE_FOLDERS),
  ASSETS_FOLDER,
  SHARE_IMAGE_FOLDER,
  SEARCH_INDEX_FOLDER,
  ADMIN_FOLDER,
]);

/**
 * What the search page's fallback (a general search engine) is limited to: the site's host and,
 * under a sub-path, that part of it only ("example.github.io/warta").
 */
export function siteSearchScope(homeUrl: string): string {
  const home = new URL(homeUrl);
  return `${home.host}${home.pathname.replace(/\/$/, '')}`;
}

/** The share image of every page that is not an article, as a file in the output folder. */
export const SITE_IMAGE_FILE = `${SHARE_IMAGE_FOLDER}/situs.png`;

/** An article's share image, as a file in the output folder (the build writes it there; see src/integrations/share-images.ts). */
export function articleImageFile(id: string): string {
  return `${SHARE_IMAGE_FOLDER}/berita/${id}.png`;
}

/** An article's page, as a file in the output folder. */
export function articlePageFile(id: string): string {
  return `${ROUTE_FOLDERS.article}/${id}/index.html`;
}

/**
 * The file in the output folder a page's address is written to (pages are folders:
 * trailingSlash 'always'), or undefined for an address that is not a page's (a feed, an image).
 * The base path is part of the address, not of the folder layout.
 */
export function pageFileOf(pathname: string, base: string): string | undefined {
  const root = baseFolder(base);
  if (!pathname.endsWith('/') || !pathname.startsWith(root)) return undefined;
  return `${decodeURIComponent(pathname.slice(root.length))}index.html`;
}

/** The search index's list of its parts (src/lib/search-shards.ts), newest first, for the search page. */
export const SEARCH_SHARD_LIST = 'bagian.json';
