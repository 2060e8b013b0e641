// @ts-check
/**
 * Formatting, close to how the code was written by hand, so the first reformat is small:
 * single quotes, two spaces, trailing commas, 120 characters a line.
 * @type {import('prettier').Config}
 */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
