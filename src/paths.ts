import { createPaths } from './lib/paths';

/** The site's internal URLs, under the base path this build was configured with. */
export const paths = createPaths(import.meta.env.BASE_URL);
