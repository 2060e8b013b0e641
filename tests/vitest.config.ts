/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can render .astro files with the Container API.
// Two projects: `unit` needs no built site and runs in seconds (`npm run test:unit`); `site`
// builds the test sites once (globalSetup) for the built-site, editor and browser suites.
export default getViteConfig({
  test: {
    environment: 'node',
    // One test file at a time: CLI and dev-server tests start Astro, which writes .astro/ in the
    // project root, and two Astro processes at once in one checkout can read each other's files.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/editor/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/site/build-sites.ts'],
          // The built-site and browser suites share sites built once in globalSetup.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
