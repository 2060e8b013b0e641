import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { LOGO_SIZE } from '../data/publisher.ts';

/** The newsroom's logo as a square PNG (LOGO_SIZE), for structured data (search engines want a raster image). */
export const GET: APIRoute = async () => {
  // From the project root: this module is bundled elsewhere before it runs.
  const svg = await readFile(join(process.cwd(), 'public/favicon.svg'));
  const png = await sharp(svg, { density: 1200 }).resize(LOGO_SIZE, LOGO_SIZE).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
