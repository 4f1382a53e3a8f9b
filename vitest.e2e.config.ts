import { defineConfig } from 'vitest/config';

// Browser and build tests: they run against dist/, built with SITE_DATE=2026-11-22 by `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
