import { readCacheFile, writeCacheFile } from '../lib/cache-file.ts';

/**
 * What the article loader remembers of each file it read (src/markdown/article-loader.ts), in a
 * file beside Astro's data store: for each article file (by its path in the content folder),
 * its signature when it was read (src/lib/file-signature.ts) and the digest Astro stored for
 * it. A file with the same signature is not read again while the stored entry still has that
 * digest; a cleared data store, or a lost record, only means every file is read.
 *
 * Not in the collection's meta store: that is bundled into the site's code with the data store
 * (2.4 MB more to bundle at 20,000 articles).
 */
type Remembered = Map<string, string>;

const asRemembered = (signature: string, digest: string | number | undefined) => `${signature} ${digest}`;

export function readRemembered(recordFile: string): Remembered {
  return new Map(Object.entries(readCacheFile<Record<string, string>>(recordFile) ?? {}));
}

/** Whether a file with this signature was read last time, and Astro stored this digest for it. */
export const unchangedSince = (remembered: Remembered, file: string, signature: string, digest: string | number) =>
  remembered.get(file) === asRemembered(signature, digest);

/** Each file's signature, taken before it was read, with the digest Astro now holds for it. */
export function remember(
  recordFile: string,
  files: { file: string; signature: string; digest: string | number | undefined }[],
) {
  const record: Record<string, string> = {};
  for (const { file, signature, digest } of files)
    if (digest !== undefined) record[file] = asRemembered(signature, digest);
  writeCacheFile(recordFile, record);
}
