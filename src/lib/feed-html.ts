import { load } from 'cheerio';

/**
 * Feed readers show an article away from the site, so every link and picture in its
 * HTML must carry the full address: "/berita/x/" becomes "https://site/berita/x/".
 */
export function absolutizeHtml(html: string, base: string): string {
  const $ = load(html, null, false);
  const absolute = (value: string) => new URL(value, base).href;
  $('[href]').each((_, el) => void $(el).attr('href', absolute($(el).attr('href')!)));
  $('[src]').each((_, el) => void $(el).attr('src', absolute($(el).attr('src')!)));
  $('[srcset]').each((_, el) => {
    const srcset = $(el)
      .attr('srcset')!
      .split(',')
      .map((candidate) => {
        const [url, ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url!), ...descriptor].join(' ');
      })
      .join(', ');
    $(el).attr('srcset', srcset);
  });
  return $.html();
}
