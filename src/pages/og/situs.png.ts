import type { APIRoute } from 'astro';
import { shareImageResponse } from '../../data/share-images.ts';
import { siteShareText } from '../../lib/share-image.ts';

/** The share image of every page that is not an article. */
export const GET: APIRoute = () => shareImageResponse(siteShareText(import.meta.env.SITE));
