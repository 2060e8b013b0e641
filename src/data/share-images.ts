import { join } from 'node:path';
import { cachedShareImage, type ShareImageText } from '../lib/share-image.ts';

/** Share images are cached next to Astro's own cache, so a cold build (no cache) draws them all. */
export const SHARE_IMAGE_CACHE = join(process.env.WARTA_CACHE_DIR || 'node_modules/.astro', 'share-images');

export async function shareImageResponse(text: ShareImageText): Promise<Response> {
  const png = await cachedShareImage(text, SHARE_IMAGE_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
