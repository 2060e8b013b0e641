import type { APIRoute } from 'astro';
import { SITE } from '../../site.ts';
import { shareImageResponse } from '../../data/share-images.ts';

/** The share image of every page that is not an article. */
export const GET: APIRoute = () =>
  shareImageResponse({ headline: SITE.tagline, kicker: SITE.name, siteName: SITE.name, footer: new URL(import.meta.env.SITE).host });
