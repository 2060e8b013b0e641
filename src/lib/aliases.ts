/**
 * Old addresses of renamed articles (`aliases` in the frontmatter), kept alive: each becomes a
 * small page that sends the reader on to the new address (src/pages/berita/[alias].astro), and
 * a line of `_redirects` for hosts that read it (Netlify, Cloudflare Pages).
 */

/** The folder of article addresses; an alias is always one of them. */
const ARTICLE_FOLDER = '/berita/';

/** What an article's own address looks like after its file name: lower-case letters, digits, single hyphens. */
const ALIAS = /^\/berita\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/** An alias as written, checked: its last part (the old file name), or why it is not one. */
export function parseAlias(value: string): { id: string } | { problem: string } {
  const text = value.trim();
  if (!text.startsWith(ARTICLE_FOLDER)) {
    return {
      problem: `aliases: "${text}" harus diawali /berita/, misalnya /berita/judul-lama/ (alamat lama tanpa nama situs)`,
    };
  }
  const match = ALIAS.exec(text);
  if (!match) {
    return {
      problem: `aliases: "${text}" bukan alamat berita yang sah; tulis /berita/ lalu nama file lama dengan huruf kecil, angka dan tanda hubung, misalnya /berita/judul-lama/`,
    };
  }
  return { id: match[1]! };
}

/** An article as the alias check needs it: its id (address), its file and its aliases (old ids). */
export interface AliasedArticle {
  id: string;
  file: string;
  aliases: readonly string[];
}

/**
 * Aliases that cannot be kept: one that is the address of an article that exists (drafts and
 * scheduled ones included, since they will publish there), or one claimed by two articles.
 */
export function aliasProblems(articles: readonly AliasedArticle[]): string[] {
  const files = new Map(articles.map((article) => [article.id, article.file]));
  const claimed = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, aliases } of articles) {
    for (const alias of new Set(aliases)) {
      const owner = files.get(alias);
      if (owner === file) {
        problems.push(`${file}  aliases  /berita/${alias}/ adalah alamat berita ini sendiri; hapus dari aliases`);
      } else if (owner !== undefined) {
        problems.push(
          `${file}  aliases  /berita/${alias}/ adalah alamat berita lain yang masih ada (${owner}); hapus dari aliases atau ganti nama salah satu file`,
        );
      } else if (claimed.has(alias)) {
        problems.push(
          `${file}  aliases  /berita/${alias}/ juga ada di aliases ${claimed.get(alias)}; satu alamat lama hanya bisa dialihkan ke satu berita`,
        );
      } else {
        claimed.set(alias, file);
      }
    }
  }
  return problems;
}

/** One old address and where it now leads, both site paths under the base. */
export interface Redirect {
  from: string;
  to: string;
}

/** The `_redirects` file: one permanent redirect a line, sorted so two builds write the same file. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map(({ from, to }) => `${from} ${to} 301\n`)
    .join('');
}
