import { load } from 'cheerio';
import { LINK_SCHEMES } from './addresses.ts';

/** The schemes an absolute address in a feed may have: a feed reader must never get a script scheme, whatever reached the HTML. */
const FEED_PROTOCOLS = new Set(LINK_SCHEMES.map((scheme) => `${scheme}:`));

/**
 * Feed readers show an article away from the site, so every link and picture in its
 * HTML must carry the full address: "/berita/x/" becomes "https://site/berita/x/". An
 * address with another scheme (javascript:, data: …) is dropped: the build refuses them in
 * bodies (src/markdown/satteri-body-guard.ts), and this is the last line before a reader.
 */
export function absolutizeHtml(html: string, base: string): string {
  const $ = load(html, null, false);
  // Parsed as a browser parses it (WHATWG URL), so "java\tscript:" is read as javascript:.
  const absolute = (value: string) => {
    const url = URL.parse(value, base);
    return url && FEED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  };
  for (const attribute of ['href', 'src', 'action', 'formaction', 'poster', 'cite']) {
    $(`[${attribute}]`).each((_, el) => {
      const value = absolute($(el).attr(attribute)!);
      if (value === undefined) $(el).removeAttr(attribute);
      else $(el).attr(attribute, value);
    });
  }
  $('[srcset]').each((_, el) => {
    const candidates = $(el)
      .attr('srcset')!
      .split(',')
      .map((candidate) => {
        const [url, ...descriptor] = candidate.trim().split(/\s+/);
        const address = absolute(url!);
        return address === undefined ? undefined : [address, ...descriptor].join(' ');
      });
    if (candidates.includes(undefined)) $(el).removeAttr('srcset');
    else $(el).attr('srcset', candidates.join(', '));
  });
  return $.html();
}
