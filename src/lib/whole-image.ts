import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * Whether a cached picture file is whole, from its first and last bytes and a few box headers:
 * a build interrupted while writing, a full disk or a damaged cache leaves files empty or cut
 * short, and a cache that hands one out publishes a broken picture. Reading whole files would
 * cost a warm build the time the cache saves, so each format is checked where a cut shows.
 */

/** Reads `length` bytes of the file at `offset` (fewer at its end). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The IEND chunk every PNG ends with: length 0, type, CRC.
const PNG_END = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const startsWith = (bytes: Uint8Array, expected: readonly number[], at = 0) =>
  expected.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));
const endsWith = (read: ReadAt, size: number, expected: readonly number[]) =>
  size >= expected.length && startsWith(read(size - expected.length, expected.length), expected);

/** ISO base media files (AVIF, HEIF): the boxes must start with ftyp and end exactly at the file's end. */
function wholeBoxes(read: ReadAt, size: number): boolean {
  let offset = 0;
  for (let boxes = 0; offset < size; boxes++) {
    const header = read(offset, 16);
    if (header.length < 8) return false;
    if (boxes === 0 && ascii(header, 4, 4) !== 'ftyp') return false;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    let length = view.getUint32(0);
    if (length === 0) return true; // the last box runs to the end of the file
    if (length === 1) {
      if (header.length < 16) return false;
      length = Number(view.getBigUint64(8));
    }
    if (length < 8) return false;
    offset += length;
  }
  return offset === size;
}

/** True when the file of this extension and size looks whole; an unknown format only needs to be non-empty. */
export function isWholeImage(extension: string, size: number, read: ReadAt): boolean {
  if (size === 0) return false;
  switch (extension.toLowerCase().replace(/^\./, '')) {
    case 'png':
      return startsWith(read(0, 8), PNG_SIGNATURE) && endsWith(read, size, PNG_END);
    case 'jpg':
    case 'jpeg':
      return startsWith(read(0, 3), [0xff, 0xd8, 0xff]) && endsWith(read, size, [0xff, 0xd9]);
    case 'webp': {
      const head = read(0, 12);
      if (head.length < 12 || ascii(head, 0, 4) !== 'RIFF' || ascii(head, 8, 4) !== 'WEBP') return false;
      const riffSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(4, true);
      return riffSize + 8 + (riffSize % 2) === size || riffSize + 8 === size;
    }
    case 'avif':
    case 'heif':
    case 'heic':
      return wholeBoxes(read, size);
    case 'gif':
      return ascii(read(0, 4), 0, 4) === 'GIF8' && endsWith(read, size, [0x3b]);
    default:
      return true;
  }
}

/** isWholeImage for a file on disk; a file that cannot be read is not whole. */
export function isWholeImageFile(file: string): boolean {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const fd = descriptor;
    const size = fstatSync(fd).size;
    return isWholeImage(extname(file), size, (offset, length) => {
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const read = readSync(fd, bytes, 0, bytes.length, offset);
      return bytes.subarray(0, read);
    });
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Deletes the damaged pictures in a cache folder (Astro's transformed images, in
 * `<cacheDir>/assets/`), so the build makes them again instead of copying an empty or cut
 * file into the site. Returns the names removed.
 */
export function removeDamagedImages(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const damaged = names.filter((name) => !name.endsWith('.json') && !isWholeImageFile(join(dir, name)));
  for (const name of damaged) rmSync(join(dir, name), { force: true });
  return damaged;
}
