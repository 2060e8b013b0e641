import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { OUTPUT, type SITES } from './build-sites';

/** Every file under a folder, recursively, as full paths. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A built file of one of the test sites, by its URL path ("/berita/x/" reads berita/x/index.html). */
export function builtFile(site: keyof typeof SITES, urlPath: string): string {
  const relative = decodeURIComponent(urlPath).replace(/^\//, '');
  return resolve(OUTPUT, site, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

export function exists(site: keyof typeof SITES, urlPath: string): boolean {
  return existsSync(builtFile(site, urlPath));
}

/** Parses a built page with a real HTML parser. */
export function page(site: keyof typeof SITES, urlPath: string): CheerioAPI {
  return load(readFileSync(builtFile(site, urlPath), 'utf8'));
}

/** Text as a reader sees it: runs of white space folded to one space. */
export function text(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLd($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .get()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
}

/** A built XML file (feed, sitemap), parsed. */
export function xml(site: keyof typeof SITES, urlPath: string): Record<string, any> {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category', 'dc:creator'].includes(name) }).parse(
    readFileSync(builtFile(site, urlPath), 'utf8'),
  );
}

/** The site-relative path of an absolute URL of the test sites. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
