import { join } from 'node:path';
import { cachedShareImage, type ShareImageText } from '../lib/share-image';

/** Share images are cached next to Astro's own cache, so a cold build (no cache) draws them all. */
const CACHE_DIR = join(process.env.WARTA_CACHE_DIR || 'node_modules/.astro', 'share-images');

export function shareImageResponse(text: ShareImageText): Promise<Response> {
  return cachedShareImage(text, CACHE_DIR).then(
    (png) => new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } }),
  );
}
