import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { load } from 'cheerio';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { bodyAfterFrontmatter, frontmatterText } from '../../src/lib/frontmatter';
import { launchChromium } from './chromium';
import { cli, shellEnv } from '../editor/run';
import { FIXTURE_NOW } from '../site/build-sites';

/*
 * `npm run cms` as an editor uses it: decap-server and `astro dev` on a copy of fixture articles
 * (never the repository's content/), Decap CMS at /admin/ in Chromium, and the files it writes
 * read back from disk. decap-server has to be on port 8081: that is where `local_backend: true`
 * makes the CMS look for it, and what the admin's policy lets it talk to.
 */
const PORT = 4397;
const REPO = resolve('tests/.output/cms');
const ARTICLES = resolve(REPO, 'content/articles');
const ADMIN = `http://127.0.0.1:${PORT}/admin/`;
/** A picture on the editor's computer, outside the repository. */
const PHOTO = resolve('tests/.output/cms-upload/banjir-rob.jpg');
const children: ChildProcess[] = [];
/** What the admin's own policy blocked in any test: it must let the CMS do all of its work. */
const refused: string[] = [];
let browser: Browser;

/** Starts a process and waits until it has printed every line of `ready`. */
function start(args: string[], env: Record<string, string>, ready: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { env: shellEnv(env), stdio: 'pipe' });
  children.push(child);
  return new Promise((resolve, reject) => {
    let log = '';
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (ready.every((line) => log.includes(line))) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${log}`)));
  });
}

beforeAll(async () => {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(ARTICLES, { recursive: true });
  mkdirSync(resolve(PHOTO, '..'), { recursive: true });
  cpSync(resolve('tests/fixtures/articles/gambar/pemandangan.jpg'), PHOTO);
  for (const name of ['komponen.mdx', 'typografi.mdx', 'bergambar.mdx', 'gambar']) {
    cpSync(resolve('tests/fixtures/articles', name), resolve(ARTICLES, name), { recursive: true });
  }
  // `npm run cms` itself, its arguments passed on to astro dev (--ignore-lock: beside an
  // editor's own `npm run dev` without touching it), on the copy: decap-server writes under
  // GIT_REPO_DIRECTORY, the preview reads WARTA_CONTENT_DIR.
  await start(
    ['src/cli/cms.ts', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'],
    { GIT_REPO_DIRECTORY: REPO, WARTA_CONTENT_DIR: ARTICLES, WARTA_CACHE_DIR: resolve(REPO, 'cache') },
    ['listening on port 8081', 'watching for file changes'],
  );
  browser = await launchChromium();
}, 120_000);

afterEach(() => {
  expect(refused).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  for (const child of children) child.kill();
});

/** The admin, logged in to the local backend, at one of its addresses (`#/collections/…`). */
async function openAdmin(hash: string): Promise<Page> {
  // An editor's computer in Jakarta: times are written with its offset.
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Jakarta' });
  page.on('console', (message) => /Content Security Policy/.test(message.text()) && refused.push(message.text()));
  await page.goto(ADMIN);
  await page.getByRole('button', { name: 'Masuk' }).click({ timeout: 60_000 });
  await page.getByText('Berita', { exact: true }).first().waitFor({ timeout: 30_000 });
  await page.goto(`${ADMIN}${hash}`);
  await page.getByLabel('Judul', { exact: true }).waitFor({ timeout: 30_000 });
  return page;
}

/** Terbitkan → Terbitkan sekarang, as an editor saves in the local (no review) mode. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await page.getByText('Terbitkan sekarang').click();
}

/** Waits for a file the CMS writes through decap-server to read as `done` says; if it never does, says what the form showed. */
async function savedFile(page: Page, path: string, done: (text: string) => boolean): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (done(text)) return text;
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  const shown = await page.locator('text=/wajib diisi|Gagal menyimpan/i').allInnerTexts();
  throw new Error(`${path} was not written; the form says: ${shown.join(' ') || 'nothing'}`);
}

/** The frontmatter as the article schema reads it: YAML's core schema, so dates stay as written. */
const frontmatter = (source: string) =>
  yaml.load(frontmatterText(source) ?? '', { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

test('an article written in the CMS is saved as an MDX file that passes check:content and shows in the preview', async () => {
  const page = await openAdmin('#/collections/articles/new');
  try {
    await page.getByLabel('Judul', { exact: true }).fill('Banjir rob di Jakarta Utara');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Air laut masuk ke permukiman di pesisir utara Jakarta.');
    await page.getByLabel('Kanal', { exact: true }).click({ force: true });
    await page.getByText('Nasional', { exact: true }).click();
    await page.getByLabel(/^Topik/).fill('Banjir, Jakarta');
    // Sumber starts folded, like the other optional objects after it; "Buka" unfolds it.
    await page.getByRole('button', { name: 'Buka' }).first().click();
    await page.getByLabel('Nama sumber', { exact: true }).fill('Antara');
    await page.getByLabel(/^Alamat sumber/).fill('https://www.antaranews.com/');
    // Foto utama: the second group still folded (after Liputan langsung); the picture is uploaded
    // from the editor's computer through the media library.
    await page.getByRole('button', { name: 'Buka' }).nth(1).click();
    await page.getByRole('button', { name: 'Pilih gambar' }).click();
    await page.locator('input[type=file]').setInputFiles(PHOTO);
    // Decap selects the picture just uploaded.
    await page.getByText('banjir-rob.jpg').last().waitFor();
    await page.screenshot({ path: resolve(REPO, 'media-library.png') });
    await page.getByRole('button', { name: 'Pilih', exact: true }).click();
    await page.getByLabel('Teks alternatif', { exact: true }).fill('Air laut menggenangi jalan di Muara Baru');
    await page.locator('[contenteditable=true]').last().click();
    await page.keyboard.type('Warga mengungsi ke masjid terdekat.');
    await page.screenshot({ path: resolve(REPO, 'new-article.png'), fullPage: true });
    await publish(page);

    const path = resolve(ARTICLES, 'banjir-rob-di-jakarta-utara.mdx');
    const source = await savedFile(page, path, (text) => text.includes('Warga mengungsi'));
    const data = frontmatter(source);
    expect(data).toMatchObject({
      title: 'Banjir rob di Jakarta Utara',
      description: 'Air laut masuk ke permukiman di pesisir utara Jakarta.',
      section: 'nasional',
      tags: ['Banjir', 'Jakarta'],
      source: { name: 'Antara', url: 'https://www.antaranews.com/' },
      // Beside the article, as the guide says, and written as the guide writes it.
      image: { src: './gambar/banjir-rob.jpg', alt: 'Air laut menggenangi jalan di Muara Baru' },
      // A new article is a draft until an editor switches it off.
      draft: true,
    });
    expect(data.pubDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    // Fields left empty are left out, not written as "" or [] (which the schema would refuse).
    expect(readFileSync(resolve(ARTICLES, 'gambar/banjir-rob.jpg')).equals(readFileSync(PHOTO))).toBe(true);
    for (const empty of ['updatedDate', 'author', 'live', 'corrections', 'aliases', 'breakingUntil'])
      expect(data).not.toHaveProperty(empty);
    expect(bodyAfterFrontmatter(source).trim()).toBe('Warga mengungsi ke masjid terdekat.');

    const check = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: ARTICLES });
    expect(check.output).not.toMatch(/banjir-rob/);
    expect(check.code, check.output).toBe(0);

    // The preview shows the new draft at its address, as the guide promises.
    let html = '';
    for (let attempt = 0; attempt < 40 && !html; attempt++) {
      const response = await fetch(`http://127.0.0.1:${PORT}/berita/banjir-rob-di-jakarta-utara/`);
      if (response.ok) html = await response.text();
      else await new Promise((wait) => setTimeout(wait, 250));
    }
    const $ = load(html);
    expect($('h1').text().trim()).toBe('Banjir rob di Jakarta Utara');
    expect($('img[alt="Air laut menggenangi jalan di Muara Baru"]')).toHaveLength(1);
  } finally {
    await page.close();
  }
}, 120_000);

test('an article edited in the CMS keeps everything not edited byte for byte, and the build publishes the edit', async () => {
  const path = resolve(ARTICLES, 'komponen.mdx');
  const before = readFileSync(path, 'utf8');
  const page = await openAdmin('#/collections/articles/entries/komponen');
  try {
    // Opened and left alone, an article offers nothing to save: Decap writes only what changed.
    await expect.poll(() => page.getByRole('button', { name: 'Terbitkan' }).count()).toBe(0);
    // "Lihat di situs" opens the article in this preview, not on the production site.
    expect(await page.getByRole('link', { name: 'Lihat di situs' }).getAttribute('href')).toBe(
      `http://127.0.0.1:${PORT}/berita/komponen/`,
    );
    await page.getByLabel('Judul', { exact: true }).press('End');
    await page.keyboard.type(' (diperbarui)');
    // A paragraph added between two components, in the mode the editor opens in (Markdown).
    // A click just inside the right end of the line puts the cursor after its last character.
    const line = page.locator('[contenteditable=true]').last().getByText('<RelatedLink article="typografi" />');
    const box = (await line.boundingBox())!;
    await line.click({ position: { x: box.width - 1, y: box.height / 2 } });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraf tambahan.');
    await publish(page);

    const after = await savedFile(page, path, (text) => text.includes('Paragraf tambahan.'));
    // The one rewrite besides the edits: Decap writes YAML lists one item a line. The body's
    // components, imports and links stay as they were.
    expect(after).toBe(
      before
        .replace('title: Artikel dengan semua komponen\n', 'title: Artikel dengan semua komponen (diperbarui)\n')
        .replace('tags: [Komponen]\n', 'tags:\n  - Komponen\n')
        .replace(
          '<RelatedLink article="typografi" />\n',
          '<RelatedLink article="typografi" />\n\nParagraf tambahan.\n',
        ),
    );
    const check = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: ARTICLES });
    expect(check.code, check.output).toBe(0);

    // And `npm run build` publishes the edit: the built article page carries the new headline
    // and the added paragraph.
    const site = resolve(REPO, 'dist');
    const build = await cli('src/cli/build.ts', ['--silent'], {
      WARTA_CONTENT_DIR: ARTICLES,
      WARTA_CACHE_DIR: resolve(REPO, 'build-cache'),
      WARTA_OUT_DIR: site,
      WARTA_NOW: FIXTURE_NOW,
    });
    expect(build.code, build.output).toBe(0);
    const built = load(readFileSync(resolve(site, 'berita/komponen/index.html'), 'utf8'));
    expect(built('h1').text().trim()).toBe('Artikel dengan semua komponen (diperbarui)');
    expect(built('p').filter((_, p) => built(p).text() === 'Paragraf tambahan.')).toHaveLength(1);
  } finally {
    await page.close();
  }
}, 240_000);

test('a half-filled Sumber is refused until its name is given, and nothing is written', async () => {
  const page = await openAdmin('#/collections/articles/new');
  try {
    await page.getByLabel('Judul', { exact: true }).fill('Sumber tanpa nama');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Ringkasan.');
    await page.getByLabel('Kanal', { exact: true }).click({ force: true });
    await page.getByText('Ekonomi', { exact: true }).click();
    await page.getByRole('button', { name: 'Buka' }).first().click();
    await page.getByLabel(/^Alamat sumber/).fill('https://www.antaranews.com/');
    await page.locator('[contenteditable=true]').last().click();
    await page.keyboard.type('Isi.');
    await publish(page);

    await expect.poll(() => page.getByText('Nama sumber wajib diisi.').count()).toBe(1);
    expect(existsSync(resolve(ARTICLES, 'sumber-tanpa-nama.mdx'))).toBe(false);
  } finally {
    await page.close();
  }
}, 120_000);
