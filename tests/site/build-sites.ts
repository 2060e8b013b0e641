import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the test builds go; each suite reads the one it needs. */
export const OUTPUT = resolve('tests/.output');

/** The clock of the fixture build: fixed, so scheduled and draft fixtures behave the same every run. */
export const FIXTURE_NOW = '2024-12-01T12:00:00+07:00';

export const SITES = {
  /** The real site, from content/. */
  site: { WARTA_CACHE_DIR: 'node_modules/.astro-test-site' },
  /** Fixture articles that try the awkward cases: typography, hostile text, times, drafts, scheduling. */
  fixtures: {
    WARTA_CONTENT_DIR: 'tests/fixtures/articles',
    WARTA_CACHE_DIR: 'node_modules/.astro-fixtures',
    WARTA_NOW: FIXTURE_NOW,
  },
} satisfies Record<string, Record<string, string>>;

function build(name: keyof typeof SITES): void {
  const outDir = resolve(OUTPUT, name);
  rmSync(outDir, { recursive: true, force: true });
  // Cold builds: Astro's content cache does not notice a schema change made outside content.config.ts.
  rmSync(resolve(SITES[name].WARTA_CACHE_DIR), { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, '--silent'], {
    env: { ...process.env, ...SITES[name] },
    stdio: 'inherit',
  });
}

/** Builds every test site once before the suites run. WARTA_SKIP_BUILD=1 reuses the last builds while iterating. */
export default function setup(): void {
  for (const name of Object.keys(SITES) as (keyof typeof SITES)[]) {
    if (process.env.WARTA_SKIP_BUILD && existsSync(resolve(OUTPUT, name))) continue;
    build(name);
  }
}
