import type { APIRoute } from 'astro';
import { shareImageResponse } from '../data/share-images.ts';
import { siteShareText } from '../lib/share-image-text.ts';

/**
 * The share image of every page that is not an article, drawn on request in `astro dev` only;
 * a build publishes it with the articles' images (src/integrations/share-images.ts).
 */
export const GET: APIRoute = () => shareImageResponse(siteShareText(import.meta.env.SITE));
