import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { OUTPUT, type SITES } from './build-sites';
import { filesOf } from './built';

/**
 * Words placed only in the draft and the scheduled fixture (tests/fixtures/articles/draf.mdx,
 * terjadwal.mdx): in the title, the body, a tag and the lead picture's file name.
 */
const MARKERS = [
  'BocorDrafJudul',
  'BocorDrafIsi',
  'BocorDrafTag',
  'bocordraf-foto',
  'BocorJadwalJudul',
  'BocorJadwalIsi',
  'BocorJadwalTag',
  'bocorjadwal-foto',
];

const GZIP = Buffer.from([0x1f, 0x8b]);

/** A built file's bytes as one lower-case string, gzip (Pagefind's index and fragments) unpacked first. */
function contents(file: string): string {
  const bytes = readFileSync(file);
  const plain = bytes.subarray(0, 2).equals(GZIP) ? gunzipSync(bytes) : bytes;
  return plain.toString('latin1').toLowerCase();
}

// A byte scan by nature: a marker may hide in any file (an image's name, a search fragment).
describe.each<keyof typeof SITES>(['fixtures', 'subpathAgain'])(
  'nothing of an unpublished article reaches the %s site',
  (site) => {
    const dir = resolve(OUTPUT, site);
    const files = filesOf(dir);

    test('the scan reads the search index, unpacked', () => {
      expect(files.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    });

    test.each(MARKERS)('%s appears in no file and no file name', (marker) => {
      const needle = marker.toLowerCase();
      const leaks = files.filter(
        (file) => relative(dir, file).toLowerCase().includes(needle) || contents(file).includes(needle),
      );
      expect(leaks.map((file) => relative(dir, file))).toEqual([]);
    });
  },
);
