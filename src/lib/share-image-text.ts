/**
 * What share images say, apart from how they are drawn (src/lib/share-image.ts): pages need the
 * words and the size, and importing the drawing would load Skia and sharp into every process
 * that renders a page.
 */
import { SITE } from '../site.ts';
import type { SectionId } from '../sections.ts';
import { t } from '../i18n/id.ts';

/** Open Graph's recommended size; WhatsApp, Facebook and X all crop well from it. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImageText {
  headline: string;
  /** Small line above the headline, such as the section. */
  kicker: string;
  siteName: string;
  /** Line at the bottom, such as the site's address. */
  footer: string;
}

/**
 * What an article's share image says. One function for the page that points at the image, the
 * prewarm and `astro dev`'s route: the cache is keyed by this text, so all must agree.
 */
export function articleShareText(article: { title: string; section: SectionId }, siteUrl: string): ShareImageText {
  return {
    headline: article.title,
    kicker: t(`section.${article.section}`),
    siteName: SITE.name,
    footer: new URL(siteUrl).host,
  };
}

/** What the share image of every page that is not an article says. */
export function siteShareText(siteUrl: string): ShareImageText {
  return { headline: t('site.tagline'), kicker: SITE.name, siteName: SITE.name, footer: new URL(siteUrl).host };
}
