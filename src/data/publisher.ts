import { SITE } from '../site.ts';
import type { Publisher } from '../lib/json-ld.ts';
import { absoluteUrl, paths } from '../site-urls.ts';

/** The logo's width and height in pixels (src/pages/logo.png.ts draws it at this size). */
export const LOGO_SIZE = 512;

/** The newsroom as structured data names it. */
export const publisher: Publisher = {
  name: SITE.name,
  url: absoluteUrl(paths.home()),
  logoUrl: absoluteUrl(paths.file('logo.png')),
  logoWidth: LOGO_SIZE,
  logoHeight: LOGO_SIZE,
};
