import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** The newsroom's logo as a 512×512 PNG, for structured data (search engines want a raster image). */
export const GET: APIRoute = async () => {
  const svg = await readFile(new URL('../../public/favicon.svg', `file://${process.cwd()}/src/pages/`));
  const png = await sharp(svg, { density: 1200 }).resize(512, 512).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
