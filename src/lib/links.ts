import { baseFolder } from './paths.ts';

/**
 * What a link or picture in an article body should become: "/berita/…" written by an editor
 * gets the site's base path (for sub-path hosting); a link to another site gets
 * rel="noopener noreferrer" and stays in the same tab.
 */
export function bodyLink(href: string, base: string): { href: string; rel?: string[] } {
  const root = baseFolder(base);
  // Editors write addresses from the site's root; the base is always added, exactly once per render.
  if (href.startsWith('/') && !href.startsWith('//')) return { href: root + href.slice(1) };
  if (/^(https?:)?\/\//i.test(href)) return { href, rel: ['noopener', 'noreferrer'] };
  return { href };
}

/** A picture's srcset with `bodyLink` applied to each candidate's address; descriptors stay as written. */
export function bodySrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().replace(/^\S+/, (address) => bodyLink(address, base).href))
    .join(', ');
}
