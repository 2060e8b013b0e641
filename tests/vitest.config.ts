/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files with the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/site/build-sites.ts'],
    // One test file at a time: CLI and dev-server tests start Astro, which writes .astro/ in the
    // project root, and two Astro processes at once in one checkout can read each other's files.
    fileParallelism: false,
    // The built-site and browser suites share sites built once in globalSetup.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
