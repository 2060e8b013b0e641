/**
 * `npm run lighthouse`: Lighthouse on the home and article pages, mobile and desktop,
 * printing the four category scores and LCP. A report, not a test: it fails nothing.
 * The site is built for the local origin it is served from, so canonical URLs match.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from './serve.ts';

const PORT = 4322;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT_DIR = resolve('tests/.output/lighthouse');
const PAGES = { beranda: '/', artikel: '/berita/menhan-rusia-kunjungi-korea-utara/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT_DIR, '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: ORIGIN, WARTA_CACHE_DIR: 'node_modules/.astro-lighthouse' },
});

const server = await serveStatic(OUT_DIR, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const rows: string[][] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        ORIGIN + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      const scores = CATEGORIES.map((id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)));
      const lcp = lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
      rows.push([name, formFactor, ...scores, lcp]);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['halaman', 'perangkat', 'performance', 'accessibility', 'best-practices', 'seo', 'LCP'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
