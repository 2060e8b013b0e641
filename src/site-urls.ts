import { createPaths } from './lib/paths.ts';

/** The site's internal URLs, under the base path this build was configured with. */
export const paths = createPaths(import.meta.env.BASE_URL);

/** An internal path made absolute with the configured site, for canonicals, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}
