/**
 * The environment a person's shell would give a command: without Vitest's own variables,
 * which make Astro behave as under test (its dev server, for one, then serves no content pages).
 */
export function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1' };
}
