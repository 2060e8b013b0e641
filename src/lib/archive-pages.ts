import { cacheKey, cardKey } from './cache-key.ts';
import { LIST_PAGE_SIZE } from '../site.ts';

/**
 * A list's pages (a section, topic, writer or month), numbered from the oldest so that an archive page, once
 * full, never changes: a new story changes the front page only, and an incremental build
 * re-renders that page instead of every page of the list (as numbering from the newest did).
 *
 * The front page holds the newest stories: one page's worth plus those that do not yet fill an
 * archive page (between `size` and `2 × size − 1` of them). Archive page 1 holds the oldest
 * `size` stories, page 2 the next, and so on; each is newest first within itself. No story is
 * on two pages.
 */
export interface ListPage<T> {
  /** The archive page's number, counted from the oldest; undefined for the front page. */
  number: number | undefined;
  /** Newest first. */
  items: T[];
  /** The page with newer stories: 'front', or an archive page's number. */
  newer: 'front' | number | undefined;
  /** The archive page with older stories. */
  older: number | undefined;
}

export function archivePages<T>(newestFirst: readonly T[], size: number): ListPage<T>[] {
  const total = newestFirst.length;
  const archived = Math.max(0, Math.floor(total / size) - 1);
  const front: ListPage<T> = {
    number: undefined,
    items: newestFirst.slice(0, total - archived * size),
    newer: undefined,
    older: archived > 0 ? archived : undefined,
  };
  const archive = Array.from({ length: archived }, (_, index): ListPage<T> => {
    const number = index + 1;
    return {
      number,
      items: newestFirst.slice(total - number * size, total - (number - 1) * size),
      newer: number === archived ? 'front' : number + 1,
      older: number > 1 ? number - 1 : undefined,
    };
  });
  return [front, ...archive];
}

/** A list page's address: the front page's, or an archive page's under it ("/kanal/dunia/3/"). */
export function listPageUrl(frontUrl: string, page: 'front' | number | undefined): string | undefined {
  if (page === undefined) return undefined;
  return page === 'front' ? frontUrl : `${frontUrl}${page}/`;
}

/**
 * The getStaticPaths entries of one list (a section, topic, writer or month): its pages, each
 * with the `page` parameter (none on the front page), whether it carries the breaking-news
 * banner, and a cache key over the cards it shows, its neighbours, what the list adds of its own
 * (`keyedOn`: a topic's name, a writer's file) and the banner's story where the banner is shown.
 * A list given `banner` carries it on its front page only: archive pages never change again.
 */
export function listPagePaths<T extends Parameters<typeof cardKey>[0], Params extends Record<string, string>, Props>(
  newestFirst: readonly T[],
  {
    params,
    props,
    keyedOn = [],
    banner,
  }: { params: Params; props: Props; keyedOn?: unknown[]; banner?: { breaking: T | undefined } },
) {
  return archivePages(newestFirst, LIST_PAGE_SIZE).map((page) => {
    const carriesBanner = banner !== undefined && page.number === undefined;
    const story = carriesBanner && banner.breaking ? cardKey(banner.breaking) : undefined;
    return {
      params: { ...params, page: page.number?.toString() },
      props: { ...props, page, banner: carriesBanner },
      cacheKey: cacheKey(...keyedOn, page.items.map(cardKey), page.newer, page.older, story),
    };
  });
}
