import { createHash } from 'node:crypto';

/**
 * The longest URL segment a slug may be. A file system refuses names past 255 bytes, and a
 * segment also names a folder (topik/<slug>/) and files (og/<slug>.png); 100 leaves room and
 * is still far longer than any headline's slug needs.
 */
export const MAX_SLUG_LENGTH = 100;

/**
 * Turns any text into a URL segment of ASCII letters, digits and hyphens:
 * "Korea Utara" → "korea-utara", "Café & Kopi" → "cafe-kopi". Text with no Latin
 * letters or digits at all gives "", which callers must treat as an error. A slug longer than
 * MAX_SLUG_LENGTH is cut and ends in a digest of the whole, so two long texts that share a
 * beginning still get two addresses.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const digest = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  return `${slug.slice(0, MAX_SLUG_LENGTH - digest.length - 1).replace(/-+$/, '')}-${digest}`;
}
