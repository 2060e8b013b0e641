import { basename, extname } from 'node:path';
import { slugify } from './slugs.ts';

/**
 * Gives each article file its URL id, from its file name alone ("2024/menhan-rusia.mdx" →
 * "menhan-rusia"), so editors may sort files into folders without changing addresses.
 * Two files that would share an address are an error naming both, never a silent overwrite.
 */
export function createArticleIdAssigner(fileExists: (entry: string) => boolean) {
  const owners = new Map<string, string>();
  return function articleId(entry: string): string {
    const id = slugify(basename(entry, extname(entry)));
    if (!id) {
      throw new Error(
        `${entry}: nama file harus memuat huruf atau angka latin, misalnya menhan-rusia-kunjungi-korea-utara.mdx`,
      );
    }
    const owner = owners.get(id);
    // A renamed or deleted file (in `astro dev`) no longer owns its old address.
    if (owner && owner !== entry && fileExists(owner)) {
      throw new Error(`${entry} dan ${owner} sama-sama akan terbit di /berita/${id}/; ganti nama salah satu file`);
    }
    owners.set(id, entry);
    return id;
  };
}
