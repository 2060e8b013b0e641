import { cachedShareImage } from '../lib/share-image.ts';
import type { ShareImageText } from '../lib/share-image-text.ts';
import { SHARE_IMAGE_CACHE } from '../build-env.ts';

export async function shareImageResponse(text: ShareImageText): Promise<Response> {
  const png = await cachedShareImage(text, SHARE_IMAGE_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
