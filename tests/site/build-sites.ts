import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shellEnv } from '../shell-env';

/** Where the test builds go; each suite reads the one it needs. */
export const OUTPUT = resolve('tests/.output');

/** The clock of the fixture build: fixed, so scheduled and draft fixtures behave the same every run. */
export const FIXTURE_NOW = '2024-12-01T12:00:00+07:00';

export const SITES = {
  /** The real site, from content/. */
  site: { WARTA_CACHE_DIR: 'node_modules/.astro-test-site' },
  /** Fixture articles that try the awkward cases: typography, hostile text, times, drafts, scheduling. */
  fixtures: {
    WARTA_CONTENT_DIR: 'tests/.output/fixture-articles',
    WARTA_AUTHORS_DIR: 'tests/.output/fixture-authors',
    WARTA_CACHE_DIR: 'node_modules/.astro-fixtures',
    WARTA_NOW: FIXTURE_NOW,
  },
  /** The fixture site for a domain's sub-path, as GitHub Pages serves a project site. */
  subpath: {
    WARTA_CONTENT_DIR: 'tests/.output/fixture-articles',
    WARTA_AUTHORS_DIR: 'tests/.output/fixture-authors',
    WARTA_CACHE_DIR: 'node_modules/.astro-test-subpath',
    WARTA_NOW: FIXTURE_NOW,
    SITE_URL: 'https://berita.example',
    BASE_PATH: '/warta/',
  },
  /**
   * The same build again from a cold cache: two clean builds of one commit must be identical.
   * This one also takes the other road where there are two, and must still give the same site:
   * plain `astro build`, which makes the search index inside Astro rather than after it as
   * `npm run build` does; and every article body through MDX, plain Markdown ones included
   * (src/markdown/article-loader.ts).
   */
  subpathAgain: {
    WARTA_BODIES_AS_MDX: '1',
    WARTA_CONTENT_DIR: 'tests/.output/fixture-articles',
    WARTA_AUTHORS_DIR: 'tests/.output/fixture-authors',
    WARTA_CACHE_DIR: 'node_modules/.astro-test-subpath-again',
    WARTA_NOW: FIXTURE_NOW,
    SITE_URL: 'https://berita.example',
    BASE_PATH: '/warta/',
  },
} satisfies Record<string, Record<string, string>>;

/** Every site's origin and base path, as its build was configured. */
export function siteRoot(name: keyof typeof SITES): { origin: string; base: string } {
  const config: Record<string, string> = SITES[name];
  return { origin: config.SITE_URL ?? 'https://warta.example', base: config.BASE_PATH ?? '/' };
}

/**
 * How many generated articles share the section "olahraga" and the tag "Liga": enough for a
 * front page and two archive pages (src/lib/archive-pages.ts), and more than a feed carries
 * (FEED_SIZE, 50).
 */
export const PAGINATION_ARTICLES = 65;

/** The fixture articles and writers, plus generated articles that make section, tag and author pages paginate. */
function prepareFixtureArticles(): void {
  const dir = resolve(SITES.fixtures.WARTA_CONTENT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve('tests/fixtures/articles'), dir, { recursive: true });
  const authors = resolve(SITES.fixtures.WARTA_AUTHORS_DIR);
  rmSync(authors, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/authors'), authors, { recursive: true });
  for (let i = 1; i <= PAGINATION_ARTICLES; i++) {
    // One a day, the last on 2024-10-31: older than every hand-written fixture.
    const day = new Date(Date.UTC(2024, 9, 31 - PAGINATION_ARTICLES + i)).toISOString().slice(0, 10);
    writeFileSync(
      resolve(dir, `liga-${String(i).padStart(2, '0')}.mdx`),
      `---\ntitle: Hasil pertandingan liga pekan ${i}\ndescription: Ringkasan pekan ${i}.\npubDate: ${day}\nauthor: Dimas Pratama\nsection: olahraga\ntags: [Liga]\n---\n\nIsi pekan ${i}.\n`,
    );
  }
}

function build(name: keyof typeof SITES): void {
  const outDir = resolve(OUTPUT, name);
  rmSync(outDir, { recursive: true, force: true });
  // Cold builds: Astro's content cache does not notice a schema change made outside content.config.ts.
  rmSync(resolve(SITES[name].WARTA_CACHE_DIR), { recursive: true, force: true });
  // Through `npm run build`'s own script, so every test run also proves its staging swap; one
  // site through plain `astro build`, which hosts that detect Astro may run.
  const command =
    name === 'subpathAgain' ? ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir] : ['src/cli/build.ts'];
  execFileSync(process.execPath, [...command, '--silent'], {
    env: shellEnv({ ...SITES[name], WARTA_OUT_DIR: outDir }),
    stdio: 'inherit',
  });
}

/** Builds every test site once before the suites run. WARTA_SKIP_BUILD=1 reuses the last builds while iterating. */
export default function setup(): void {
  prepareFixtureArticles();
  for (const name of Object.keys(SITES) as (keyof typeof SITES)[]) {
    if (process.env.WARTA_SKIP_BUILD && existsSync(resolve(OUTPUT, name))) continue;
    build(name);
  }
}
