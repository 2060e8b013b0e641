import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './serve';
import { OUTPUT } from '../site/build-sites';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  home: '/',
  article: '/berita/menhan-rusia-kunjungi-korea-utara/',
  section: '/kanal/internasional/',
  tag: '/topik/korea-utara/',
  search: '/cari/',
  notFound: '/tidak-ada/',
};

/** Fixture pages with what the seed lacks: a lead image, hostile text, a byline, an update, a table and footnotes, embeds. */
const FIXTURE_PAGES = {
  image: '/berita/bergambar/',
  hostile: '/berita/berbahaya/',
  updated: '/berita/waktu-wib/',
  table: '/berita/markdown-khusus/',
  paginated: '/kanal/olahraga/2/',
  embeds: '/berita/sematan/',
  author: '/penulis/rina-wijaya/',
  archive: '/arsip/',
  month: '/arsip/2024/11/',
  live: '/berita/liputan-langsung/',
  liveClosed: '/berita/liputan-selesai/',
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let fixtures: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  [browser, server, fixtures] = await Promise.all([
    launchChromium(),
    serveStatic(`${OUTPUT}/site`),
    serveStatic(`${OUTPUT}/fixtures`),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

async function open(path: string, width: number, colorScheme: 'light' | 'dark', origin = server.url): Promise<Page> {
  // bypassCSP lets axe, a test tool, be injected into pages whose policy forbids inline scripts.
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
  await page.goto(origin + path);
  return page;
}

/** Axe's WCAG 2.0–2.2 A and AA rules plus best practices; returns "rule: selector" per problem. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

describe.each([
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const)('at %i px in %s mode', (width, scheme) => {
  test.each(Object.entries(PAGES))('axe finds no violation on the %s page', async (_, path) => {
    const page = await open(path, width, scheme);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.each([
  [360, 'light'],
  [1280, 'dark'],
] as const)('fixtures at %i px in %s mode', (width, scheme) => {
  test.each(Object.entries(FIXTURE_PAGES))('axe finds no violation on the %s page', async (_, path) => {
    const page = await open(path, width, scheme, fixtures.url);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

test('the first Tab reaches the skip link, and it moves focus to the content', async () => {
  const page = await open(PAGES.article, 360, 'light');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Langsung ke konten');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
  await page.close();
});

test('the banner link is reachable by keyboard', async () => {
  const page = await open(PAGES.home, 1280, 'light');
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => Boolean(document.activeElement?.closest('section.breaking')));
  }
  expect(reached).toBe(true);
  await page.close();
});

test('nothing scrolls sideways at 320 px', async () => {
  const pages = [
    ...Object.values(PAGES).map((path) => [path, server.url]),
    ...Object.values(FIXTURE_PAGES).map((path) => [path, fixtures.url]),
  ];
  for (const [path, site] of pages) {
    const page = await open(path!, 320, 'light', site);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.close();
  }
});

test('the axe harness does report a violation when there is one', async () => {
  const page = await browser.newPage();
  await page.setContent('<html lang="id"><body><main><img src="x.png"></main></body></html>');
  expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: img/m);
  await page.close();
});
