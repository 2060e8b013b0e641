/**
 * Which emitted picture originals no built file refers to. Astro emits the original of every
 * picture a collection entry names, published or not, and deletes it only once it has made
 * smaller versions: a draft's embargoed photo would be published whole under its own name.
 */

/** An original as Vite names it, "foto.B4YbdJRe.jpg"; Astro's resized copies add "_<hash>" after the eight-character hash. */
const ORIGINAL = /\.[\w-]{8}\.(?:avif|gif|jpe?g|png|tiff?|webp)$/i;

/** The emitted originals among an assets folder's file names. */
export function emittedOriginals(names: readonly string[]): string[] {
  return names.filter((name) => ORIGINAL.test(name));
}

/**
 * Every asset file name a text refers to under the assets folder ("_astro"), as written and
 * percent-decoded, with the punctuation a srcset or a sentence may put after it.
 */
export function referencedAssetNames(text: string, assetsFolder: string): Set<string> {
  const names = new Set<string>();
  const escaped = assetsFolder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [, token] of text.matchAll(new RegExp(`${escaped}/([^\\s"'<>()\\\\?#]+)`, 'g'))) {
    const trimmed = token!.replace(/[,;.]+$/, '');
    names.add(trimmed);
    try {
      names.add(decodeURIComponent(trimmed));
    } catch {
      // Not percent-encoded after all: the name as written is already in the set.
    }
  }
  return names;
}
