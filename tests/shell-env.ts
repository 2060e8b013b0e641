/** What Vitest adds to process.env: its own variables and Vite's import.meta.env values (SITE, BASE_URL, MODE …). */
const ADDED_BY_VITEST = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/;

/**
 * The environment a person's shell would give a command. Without this, a build started from
 * a test inherits Vitest's SITE and BASE_URL, which override the site's own configuration,
 * and Astro's dev server serves no content pages.
 */
export function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !ADDED_BY_VITEST.test(key)));
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1' };
}
