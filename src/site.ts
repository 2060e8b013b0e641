/** One place for everything that describes this newsroom's site. */
export const SITE = {
  /** The masthead, used in the header, title tags and structured data. */
  name: 'Warta',
  /** The production origin; `SITE_URL` overrides it at build time. */
  url: 'https://warta.example',
  /** BCP 47 language of every page. */
  lang: 'id',
  /** Locale used by Intl for dates and numbers. */
  locale: 'id-ID',
  /** Open Graph locale. */
  ogLocale: 'id_ID',
  /**
   * The newsroom's time zone (IANA): 'Asia/Jakarta' (WIB, UTC+7), 'Asia/Makassar' (WITA, UTC+8)
   * or 'Asia/Jayapura' (WIT, UTC+9). Every date readers see, its label ("WIB"), the offset in
   * machine-readable dates, the day a bare date starts and the month archives follow it,
   * whatever the build machine's zone is (src/lib/dates.ts).
   */
  timeZone: 'Asia/Jakarta',
} as const;

/*
 * How much each page and feed carries: the numbers a newsroom tunes. Pages, feeds and their
 * tests all read them from here.
 */

/** Articles per list page (section, topic, writer, month): enough to scan, small enough for a phone on a slow network. */
export const LIST_PAGE_SIZE = 20;

/** The front page: how many articles it shows in all, and how many of them as highlights under the lead. */
export const FRONT_PAGE = { total: 25, highlights: 4 } as const;

/** Related articles at the foot of an article page. */
export const RELATED_ARTICLES = 4;

/** How many articles a feed carries: enough for any reader that polls, bounded so feeds stay small. */
export const FEED_SIZE = 50;

/** How many of a live page's newest updates a feed carries, each as an item of its own. */
export const LIVE_FEED_UPDATES = 10;

/**
 * How many of the newest articles carry the breaking-news banner at least (with the front,
 * section, topic, search and standing pages; up to a quarter more, see bannerCarriers in
 * src/lib/articles.ts). A new or ended breaking story re-renders these pages only, not the
 * whole archive: at 100 stories a day, 1,000 is the last week and a half, where nearly all
 * readers are. An older article is still read, only without the banner.
 */
export const BANNER_REACH = 1000;

/**
 * A picture original larger than this is a warning in the build's summary: the site publishes
 * pictures at most 1,440 px wide (src/components/Figure.astro), so a 6,000 px camera original
 * only makes builds and the repository heavier. Not an error: the page comes out right.
 */
export const IMAGE_ORIGINAL_LIMIT = { pixels: 3000, bytes: 2 * 1024 * 1024 } as const;
