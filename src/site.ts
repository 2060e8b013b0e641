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
  /** Every date shown to readers is in this zone, whatever the build machine's zone is. */
  timeZone: 'Asia/Jakarta',
  /** Reader-facing abbreviation of the zone above (UTC+7, no daylight saving). */
  timeZoneLabel: 'WIB',
  /** Offset of the zone above, for machine-readable date-times. */
  timeZoneOffset: '+07:00',
} as const;

/** How many articles a feed carries: enough for any reader that polls, bounded so feeds stay small. */
export const FEED_SIZE = 50;

/**
 * How many of the newest articles carry the breaking-news banner (with the front, section,
 * topic, search and standing pages). A new or ended breaking story re-renders these pages
 * only, not the whole archive: at 100 stories a day, 1,000 is the last week and a half, where
 * nearly all readers are. An older article is still read, only without the banner.
 */
export const BANNER_REACH = 1000;

/**
 * A picture original larger than this is a warning in the build's summary: the site publishes
 * pictures at most 1,440 px wide (src/components/Figure.astro), so a 6,000 px camera original
 * only makes builds and the repository heavier. Not an error: the page comes out right.
 */
export const IMAGE_ORIGINAL_LIMIT = { pixels: 3000, bytes: 2 * 1024 * 1024 } as const;
