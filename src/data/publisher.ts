import { SITE } from '../site';
import type { Publisher } from '../lib/json-ld';
import { absoluteUrl, paths } from '../paths';

/** The newsroom as structured data names it. */
export const publisher: Publisher = {
  name: SITE.name,
  url: absoluteUrl(paths.home()),
  logoUrl: absoluteUrl(paths.file('logo.png')),
  logoWidth: 512,
  logoHeight: 512,
};
