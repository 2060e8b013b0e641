import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
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

/** The page's structured data block of one type ("NewsArticle"); fails the test when there is none. */
export function jsonLdOfType($: CheerioAPI, type: string): Record<string, any> {
  const block = jsonLd($).find((data) => data['@type'] === type);
  if (!block) throw new Error(`no ${type} in the page's structured data`);
  return block;
}

/** Characters outside XML 1.0's Char production, written as they are or as a character reference. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}|&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8bcef]|1[0-9a-f]|fff[ef]|d[89a-f][0-9a-f]{2}));/iu;

/**
 * Why a text is not well-formed XML 1.0, or undefined. fast-xml-validator (by fast-xml-parser's author) checks the
 * structure and raw control characters; the rest of what XML forbids (which a feed reader's
 * strict parser refuses: U+FFFE, U+FFFF, lone surrogates, references such as &#x1b;) is checked
 * here, since that validator lets it through.
 */
export function xmlProblem(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const { code, line, col, message } = error as Error & { code: string; line: number; col: number };
    return `${code} at ${line}:${col}: ${message}`;
  }
  const character = NOT_XML_CHAR.exec(text);
  return character
    ? `a character XML 1.0 forbids at offset ${character.index}: ${JSON.stringify(character[0])}`
    : undefined;
}

/** A built XML file (feed, sitemap), parsed after a strict well-formedness check. */
export function xml(site: keyof typeof SITES, urlPath: string): Record<string, any> {
  const text = readFileSync(builtFile(site, urlPath), 'utf8');
  const problem = xmlProblem(text);
  if (problem) throw new Error(`${site} ${urlPath} is not well-formed XML: ${problem}`);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'url', 'sitemap', 'category', 'dc:creator'].includes(name),
  }).parse(text);
}

/** The site-relative path of an absolute URL of the test sites. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
