import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './serve';
import { OUTPUT } from '../site/build-sites';

/** Screenshots a person can look at after the run. */
const SCREENSHOTS = resolve(OUTPUT, 'screenshots');
const ARTICLE = '/berita/menhan-rusia-kunjungi-korea-utara/';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), serveStatic(`${OUTPUT}/site`)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, ...options });
  await page.goto(server.url + path);
  return page;
}

describe.each([
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const)('the article at %i px in %s mode', (width, colorScheme) => {
  test('is screenshotted, with the headline on the first screen', async () => {
    const page = await open(ARTICLE, { viewport: { width, height: 800 }, colorScheme });
    const box = await page.locator('h1').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(800);
    await page.screenshot({ path: resolve(SCREENSHOTS, `artikel-${width}-${colorScheme}.png`), fullPage: true });
    await page.close();
  });
});

test('body text is at least 16 px on a phone', async () => {
  const page = await open(ARTICLE);
  const size = await page.$eval('.article-body p', (p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  await page.close();
});

test('on a wide screen a line of body text holds about 60–80 characters', async () => {
  const page = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
  // Count the characters of the first rendered line of the first paragraph.
  const perLine = await page.$eval('.article-body p', (p) => {
    const node = p.firstChild!;
    const range = document.createRange();
    const top = (i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().top;
    };
    const first = top(0);
    let i = 0;
    while (i < node.textContent!.length - 1 && top(i) === first) i++;
    return i;
  });
  expect(perLine).toBeGreaterThanOrEqual(55);
  expect(perLine).toBeLessThanOrEqual(85);
  await page.close();
});

test.each([
  ['no-preference', true],
  ['reduce', false],
] as const)('with reduced motion "%s", transitions run: %s', async (reducedMotion, moving) => {
  const page = await open(ARTICLE, { reducedMotion });
  const durations = await page.$$eval('*', (els) => els.map((el) => getComputedStyle(el).transitionDuration));
  expect(durations.some((d) => d !== '0s')).toBe(moving);
  await page.close();
});

test('print shows the story and its source only', async () => {
  const page = await open(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  const visible = async (selector: string) => page.locator(selector).first().isVisible();
  expect(await visible('h1')).toBe(true);
  expect(await visible('.article-body')).toBe(true);
  expect(await visible('.source')).toBe(true);
  for (const hidden of ['.site-header', '.breaking', '.share', '.site-footer', '.breadcrumbs']) {
    expect(await visible(hidden), hidden).toBe(false);
  }
  await page.close();
});

test('no page breaks its own Content-Security-Policy', async () => {
  const violations: string[] = [];
  for (const path of [ARTICLE, '/', '/cari/?q=Belousov', '/kanal/internasional/']) {
    const page = await open(path);
    expect((await page.request.get(server.url + path)).headers()['content-security-policy']).toContain(
      "default-src 'self'",
    );
    page.on('console', (message) => message.type() === 'error' && violations.push(`${path}: ${message.text()}`));
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  expect(violations).toEqual([]);
});

describe('search', () => {
  async function search(query: string): Promise<{ status: string; links: string[] }> {
    const page = await open('/cari/');
    await page.fill('input[name="q"]', query);
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && status !== 'Mencari…';
    });
    const result = {
      status: (await page.textContent('.search-status'))!,
      links: await page.$$eval('.search-results a', (links) => links.map((a) => a.getAttribute('href')!)),
    };
    await page.close();
    return result;
  }

  test.each([
    ['a name in the story', 'Belousov'],
    ['a word not in the story, only its stem ("kunjung")', 'berkunjung'],
  ])('finds the seed article for %s', async (_, query) => {
    const { status, links } = await search(query);
    expect(links).toEqual([ARTICLE]);
    expect(status).toBe(`1 hasil untuk “${query}”`);
  });

  test('says so when nothing matches', async () => {
    expect(await search('xyzzyqwerty')).toEqual({
      status: 'Tidak ada hasil untuk “xyzzyqwerty”. Coba kata lain.',
      links: [],
    });
  });

  test('an excerpt shows the article’s own & and < as written, with only the match highlighted', async () => {
    // The fixture site's hostile article has this in its body (tests/fixtures/articles/berbahaya.mdx).
    const fixtures = await serveStatic(`${OUTPUT}/fixtures`);
    const page = await browser.newPage();
    await page.goto(`${fixtures.url}/cari/?q=tandauji`);
    await page.waitForSelector('.search-results a');
    const excerpt = page.locator('.search-results p');
    expect(await excerpt.textContent()).toContain(
      'Kata uji pencarian tandauji: harga naik & turun, <b>tebal</b>, </script> dan &amp; tampil apa adanya.',
    );
    expect(await excerpt.locator('mark').allTextContents()).toEqual(['tandauji:']);
    expect(await excerpt.locator('*:not(mark)').count()).toBe(0);
    await page.close();
    await fixtures.close();
  });

  test('a link with ?q= searches at once, so results can be shared', async () => {
    const page = await open('/cari/?q=Belousov');
    await page.waitForSelector('.search-results a');
    expect(await page.inputValue('input[name="q"]')).toBe('Belousov');
    await page.close();
  });

  test('without JavaScript the form still works and says what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/cari/`);
    expect(await page.getAttribute('form[role="search"]', 'action')).toBe('https://www.google.com/search');
    expect(await page.inputValue('input[name="as_sitesearch"]')).toBe('warta.example');
    expect(await page.textContent('.search-help')).toMatch(/memerlukan JavaScript/);
    await context.close();
  });
});
