import { TAKEN_TOP_LEVEL } from './paths.ts';

/**
 * Why an info page (content/pages/<id>.mdx, served at /<id>/) cannot have this name, in the
 * editors' language; undefined when it can.
 */
export function infoPageNameProblem(id: string): string | undefined {
  if (TAKEN_TOP_LEVEL.has(id.toLowerCase())) {
    return `nama "${id}" sudah dipakai situs untuk alamat /${id}/; beri halaman ini nama file lain`;
  }
  return undefined;
}
