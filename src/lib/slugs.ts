/**
 * Turns any text into a URL segment of ASCII letters, digits and hyphens:
 * "Korea Utara" → "korea-utara", "Café & Kopi" → "cafe-kopi". Text with no Latin
 * letters or digits at all gives "", which callers must treat as an error.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
