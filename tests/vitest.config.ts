/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files with the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/site/build-sites.ts'],
    // The built-site and browser suites share sites built once in globalSetup.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
