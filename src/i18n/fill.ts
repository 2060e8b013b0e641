/**
 * Fills a string's `{placeholders}` with values; a placeholder without a value is a bug, so it
 * throws. Its own module so the search page's script can use it without the whole dictionary.
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`i18n: "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}
