import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { load } from 'cheerio';
import sharp from 'sharp';
import { SHARE_IMAGE } from '../../src/lib/share-image-text';
import { contentDir, shellEnv } from './run';

const PORT = 4398;
let server: ChildProcess;

// `npm run dev` on fixture articles: a draft and a scheduled one, which production leaves out.
beforeAll(async () => {
  const dir = contentDir('preview', { 'draf.mdx': 'articles/draf.mdx', 'terjadwal.mdx': 'articles/terjadwal.mdx', gambar: 'articles/gambar' });
  server = spawn(process.execPath, // --ignore-lock: runs beside an editor's own `npm run dev` without touching it.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    env: shellEnv({ WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache'), WARTA_NOW: '2024-12-01T12:00:00+07:00' }),
    stdio: 'pipe',
  });
  await new Promise<void>((ready, fail) => {
    // Astro prints this once the content is synced and the server answers.
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('watching for file changes') && ready());
    let log = '';
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.on('exit', (code) => fail(new Error(`astro dev exited with ${code}: ${log}`)));
  });
});

/** The dev server may still be loading the content when it starts listening: ask again for a while. */
async function fetchWhenReady(url: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(url);
    if (response.ok) return response.text();
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${url} never answered 200`);
}

afterAll(() => {
  server?.kill();
});

test.each([
  ['a draft', '/berita/draf/', 'DRAF'],
  ['a scheduled article', '/berita/terjadwal/', 'TERJADWAL'],
])('npm run dev previews %s with a visible marker', async (_, path, marker) => {
  const $ = load(await fetchWhenReady(`http://127.0.0.1:${PORT}${path}`));
  expect($('.article-header .draft-badge').text().trim()).toBe(marker);
});

test.each([
  ['an article page', '/berita/draf/'],
  ['the home page', '/'],
])('npm run dev draws the share image %s points at', async (_, path) => {
  const $ = load(await fetchWhenReady(`http://127.0.0.1:${PORT}${path}`));
  const image = new URL($('meta[property="og:image"]').attr('content')!);
  const response = await fetch(`http://127.0.0.1:${PORT}${image.pathname}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  expect({ width, height }).toEqual(SHARE_IMAGE);
});
