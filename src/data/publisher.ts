import { SITE } from '../site.ts';
import type { Publisher } from '../lib/json-ld.ts';
import { absoluteUrl, paths } from '../paths.ts';

/** The newsroom as structured data names it. */
export const publisher: Publisher = {
  name: SITE.name,
  url: absoluteUrl(paths.home()),
  logoUrl: absoluteUrl(paths.file('logo.png')),
  logoWidth: 512,
  logoHeight: 512,
};
