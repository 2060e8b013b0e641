import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './serve';
import { OUTPUT } from '../site/build-sites';

/** The fixture article with a <YouTube> and three <SocialPost>s (tests/fixtures/articles/sematan.mdx). */
const ARTICLE = '/berita/sematan/';
const YOUTUBE = 'https://www.youtube-nocookie.com';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  // Served with the site's own _headers, so the production Content-Security-Policy applies.
  [browser, server] = await Promise.all([launchChromium(), serveStatic(`${OUTPUT}/fixtures`)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the article as a reader would, with the policy enforced. The network is closed here,
 * so YouTube's host answers with a stand-in page; every request and console error is kept.
 */
async function openArticle(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
  await page.route(`${YOUTUBE}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>video</title><p>video</p>' }),
  );
  await page.goto(server.url + ARTICLE);
  return { page, errors, requests };
}

test('the video is a lazy, titled frame on the privacy-enhanced host, and the policy lets it load', async () => {
  const { page, errors } = await openArticle();
  const frame = page.locator('.article-body iframe');
  expect(await frame.count()).toBe(1);
  expect(new URL((await frame.getAttribute('src'))!).origin).toBe(YOUTUBE);
  expect(await frame.getAttribute('title')).toBe('Rekaman banjir di Jakarta Utara');
  expect(await frame.getAttribute('loading')).toBe('lazy');
  await frame.scrollIntoViewIfNeeded();
  const video = await frame.contentFrame().locator('p').textContent();
  expect(video).toBe('video');
  // 16:9 at a phone's width.
  const box = (await frame.boundingBox())!;
  expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  await page.close();
});

test('social posts are quotes with a link to the original, and nothing but the video leaves the site', async () => {
  const { page, errors, requests } = await openArticle();
  await page.locator('.article-body iframe').scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const links = await page.$$eval('.social-post figcaption a', (anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links.map((href) => new URL(href!).hostname)).toEqual(['x.com', 'www.instagram.com', 'www.tiktok.com']);
  expect(await page.locator('.social-post blockquote').count()).toBe(3);
  const outside = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith(`${YOUTUBE}/embed/`));
  expect(outside).toEqual([]);
  expect(await page.$$eval('script', (scripts) => scripts.filter((s) => s.type !== 'application/ld+json').length)).toBe(
    0,
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('a frame from any other host is refused by the policy, and the refusal shows in the console', async () => {
  const { page, errors } = await openArticle();
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = 'https://www.youtube.com/embed/dQw4w9WgXcQ';
    document.body.append(frame);
  });
  await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
  await page.close();
});
