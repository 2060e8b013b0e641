import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** The newsroom's logo as a 512×512 PNG, for structured data (search engines want a raster image). */
export const GET: APIRoute = async () => {
  // From the project root: this module is bundled elsewhere before it runs.
  const svg = await readFile(join(process.cwd(), 'public/favicon.svg'));
  const png = await sharp(svg, { density: 1200 }).resize(512, 512).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
