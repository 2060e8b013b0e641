// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Lint finds mistakes; how code looks is Prettier's (prettier.config.mjs), so its rules are off here. */
export default defineConfig(
  {
    ignores: ['dist/', 'dist.*/', '.astro/', '.cache/', 'node_modules/', 'tests/.output/', 'bench/.tmp/', 'content/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Finding control characters is the point of several checks (src/lib/unsafe-text.ts, addresses, the XML check).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Parsed feeds, sitemaps and JSON-LD are untyped documents; the assertions are their check.
      '@typescript-eslint/no-explicit-any': 'off',
      // Error messages separate file, field and text by two spaces; tests match them as written.
      'no-regex-spaces': 'off',
    },
  },
  {
    // The one client script runs in the browser.
    files: ['src/scripts/**', 'src/cms/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
