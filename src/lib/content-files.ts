import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const inside = (path: string, folder: string) => {
  const rest = relative(folder, path);
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
};

/** Whether a file's first bytes are XML or SVG markup, whatever its name says. */
function looksLikeSvg(file: string): boolean {
  const descriptor = openSync(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const length = readSync(descriptor, head, 0, head.length, 0);
    return /^\s*(?:\uFEFF)?\s*<(?:\?xml|svg|!--|!DOCTYPE svg)/i.test(head.subarray(0, length).toString('utf8'));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Why a picture an article names by a relative path may not be published, or undefined: it
 * must be a file inside the content folder, also once symbolic links are followed, so no text
 * can publish a file the build machine can read elsewhere; and not SVG markup under another name.
 * A file that does not exist is left for Astro, which names it.
 */
export function contentFileProblem(address: string, articleFile: string, contentDir: string): string | undefined {
  const path = safeDecodeURI(address.split(/[?#]/)[0]!);
  if (isAbsolute(path) || /^[\\/~]/.test(path))
    return 'jalur mutlak tidak diizinkan; pakai jalur relatif seperti ./gambar/foto.jpg';
  const outside = 'gambar berada di luar folder konten; simpan berkasnya di dalam folder konten';
  const target = resolve(dirname(articleFile), path);
  if (!inside(target, resolve(contentDir))) return outside;
  if (!existsSync(target)) return undefined;
  if (!inside(realpathSync(target), realpathSync(contentDir))) return outside;
  if (looksLikeSvg(realpathSync(target)))
    return 'berkas ini berisi SVG; gambar SVG tidak diizinkan, pakai JPG, PNG, WebP atau AVIF';
  return undefined;
}

/** A relative picture that is not there: Astro's own message names neither the article nor the folder it looked in. */
export function missingPictureProblem(address: string, articleFile: string): string | undefined {
  const path = safeDecodeURI(address.split(/[?#]/)[0]!);
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || existsSync(resolve(dirname(articleFile), path)))
    return undefined;
  return `berkas gambar ${address} tidak ada; jalur dihitung dari folder file artikel (${displayPath(dirname(articleFile))}). Buat foldernya dan simpan gambarnya di sana, atau perbaiki jalurnya`;
}

/** A percent-encoded path decoded, or as it is when it is not valid percent-encoding. */
export function safeDecodeURI(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A file's name as an editor finds it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const rest = relative(process.cwd(), file);
  return rest.startsWith('..') || isAbsolute(rest) ? file : rest;
}
