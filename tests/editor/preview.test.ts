import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { load } from 'cheerio';
import sharp from 'sharp';
import { SHARE_IMAGE } from '../../src/lib/share-image-text';
import { devSecurityHeaders, SECURITY_HEADERS } from '../../src/lib/headers';
import { launchChromium } from '../browser/chromium';
import { contentDir, shellEnv } from './run';

const PORT = 4398;
let server: ChildProcess;
let dir: string;

// `npm run dev` on fixture articles: a draft and a scheduled one, which production leaves out.
beforeAll(async () => {
  dir = contentDir('preview', {
    'draf.mdx': 'articles/draf.mdx',
    'terjadwal.mdx': 'articles/terjadwal.mdx',
    'sunting.mdx': 'articles/typografi.mdx',
    gambar: 'articles/gambar',
  });
  server = spawn(
    process.execPath, // --ignore-lock: runs beside an editor's own `npm run dev` without touching it.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'],
    {
      env: shellEnv({
        WARTA_CONTENT_DIR: dir,
        WARTA_CACHE_DIR: resolve(dir, '../cache'),
        WARTA_NOW: '2024-12-01T12:00:00+07:00',
      }),
      stdio: 'pipe',
    },
  );
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

test('npm run dev sends the production security headers on a page', async () => {
  await fetchWhenReady(`http://127.0.0.1:${PORT}/berita/draf/`);
  const response = await fetch(`http://127.0.0.1:${PORT}/berita/draf/`);
  for (const [name, value] of Object.entries(devSecurityHeaders()))
    expect(response.headers.get(name), name).toBe(value);
  // The one difference from production: Vite's own <style> elements, which carry the stylesheet in dev.
  expect(response.headers.get('content-security-policy')).toBe(
    `${SECURITY_HEADERS['Content-Security-Policy']}; style-src-elem 'self' 'unsafe-inline'`,
  );
});

test('in Chromium the preview works under that policy, and an inline style= is blocked as in production', async () => {
  await fetchWhenReady(`http://127.0.0.1:${PORT}/berita/draf/`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://127.0.0.1:${PORT}/berita/draf/`);
    await page.waitForLoadState('networkidle');
    // The site's stylesheet applied (Vite's dev client and its <style> got through), and no refusal on the way.
    expect(await page.$eval('.draft-badge', (badge) => getComputedStyle(badge).display)).not.toBe('inline');
    expect(errors).toEqual([]);
    const color = await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p id="tempel" style="color: rgb(1, 2, 3)">teks</p>');
      return getComputedStyle(document.getElementById('tempel')!).color;
    });
    expect(color).not.toBe('rgb(1, 2, 3)');
    await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
  } finally {
    await browser.close();
  }
});

// Last: while an article is broken, every page is the list of problems.
test.each([
  [
    'an unknown section',
    (text: string) => text.replace(/^section: .*$/m, 'section: gosip'),
    'sunting.mdx:5:1  section  section "gosip" tidak dikenal; pilih salah satu dari nasional, internasional, ekonomi, olahraga, teknologi',
  ],
  [
    'a colon in the title, a YAML mistake Astro stops at',
    (text: string) => text.replace(/^title: .*$/m, 'title: Banjir: <b>warga</b> mengungsi'),
    "sunting.mdx:2  title  nilai title memuat titik dua (:) tanpa tanda kutip; apit seluruh nilainya dengan tanda kutip tunggal: title: 'Banjir: <b>warga</b> mengungsi'",
  ],
])(
  'a frontmatter mistake saved during npm run dev (%s) shows in the browser as the same one-liner, and the fixed file shows again',
  async (_, breakIt, line) => {
    const file = resolve(dir, 'sunting.mdx');
    const good = readFileSync(file, 'utf8');
    const page = `http://127.0.0.1:${PORT}/berita/sunting/`;
    await fetchWhenReady(page);
    writeFileSync(file, breakIt(good));
    try {
      await expect
        .poll(async () => (await fetch(page, { headers: { accept: 'text/html' } })).status, { timeout: 10_000 })
        .toBe(500);
      const $ = load(await (await fetch(page, { headers: { accept: 'text/html' } })).text());
      // The text, parsed from the page: hostile text in the file arrives as text, not as markup.
      expect(
        $('#masalah')
          .text()
          .split('\n')
          .map((text) => text.replace(/^.*\/articles\//, '')),
      ).toEqual([line]);
      expect($('#masalah b')).toHaveLength(0);
    } finally {
      writeFileSync(file, good);
    }
    await expect
      .poll(async () => (await fetch(page, { headers: { accept: 'text/html' } })).status, { timeout: 10_000 })
      .toBe(200);
  },
);
