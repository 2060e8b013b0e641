import type { APIRoute } from 'astro';
import { SITE } from '../../site.ts';
import { shareImageResponse } from '../../data/share-images.ts';
import { t } from '../../i18n/id.ts';

/** The share image of every page that is not an article. */
export const GET: APIRoute = () =>
  shareImageResponse({ headline: t('site.tagline'), kicker: SITE.name, siteName: SITE.name, footer: new URL(import.meta.env.SITE).host });
