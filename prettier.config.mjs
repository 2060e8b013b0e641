// @ts-check
/**
 * Formatting, close to how the code was written by hand, so the first reformat is small:
 * single quotes, two spaces, trailing commas, 120 characters a line. `.astro` files and Markdown
 * keep their hand layout (see .prettierignore for why).
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
};
