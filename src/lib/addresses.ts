import { decodeHTML } from 'entities';

/** Schemes a link in an article may use; anything else (javascript:, vbscript:, data:, file: …) could run or fetch what a reader never chose. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * The scheme a browser would read in an address, in lower case, or undefined for a relative
 * address. Read as the WHATWG URL parser reads it: character references decoded first (an
 * attribute's `&#106;avascript:` is `javascript:`), C0 controls and spaces at either end
 * dropped, and tabs and newlines dropped anywhere (`java\tscript:` is `javascript:`).
 */
export function addressScheme(address: string): string | undefined {
  const cleaned = decodeHTML(address)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Why a link in an article body may not be published, or undefined when it may. */
export function linkProblem(address: string): string | undefined {
  const scheme = addressScheme(address);
  if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `skema "${scheme}:" tidak diizinkan; gunakan http(s), mailto, tel atau tautan relatif`;
}

/** Whether an address names a file by its extension, ignoring any ?query or #fragment. */
const hasExtension = (address: string, extension: string) =>
  decodeHTML(address).split(/[?#]/)[0]!.trim().toLowerCase().endsWith(`.${extension}`);

/**
 * Why a picture in an article may not be published, or undefined when it may. Pictures come
 * from the site itself: a picture on another site is a request the reader never chose (and the
 * Content-Security-Policy blocks it), and an SVG file can carry a script that runs when opened.
 */
export function imageProblem(address: string): string | undefined {
  const scheme = addressScheme(address);
  if (scheme === 'http' || scheme === 'https' || /^\s*[\\/]{2}/.test(address)) {
    return 'gambar dari situs lain tidak diizinkan; simpan berkasnya di folder konten dan pakai jalur relatif seperti ./gambar/foto.jpg';
  }
  if (scheme !== undefined)
    return `skema "${scheme}:" tidak diizinkan untuk gambar; pakai jalur relatif seperti ./gambar/foto.jpg`;
  if (hasExtension(address, 'svg') || hasExtension(address, 'svgz'))
    return 'gambar SVG tidak diizinkan; pakai JPG, PNG, WebP atau AVIF';
  return undefined;
}
