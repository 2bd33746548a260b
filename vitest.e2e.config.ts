import { defineConfig } from 'vitest/config';

// Browser tests against the built site (dist/, which must be fresh) in Chromium (scripts/lib/browser.ts).
export default defineConfig({
  test: {
    include: ['src/__e2e__/**/*.test.ts'],
    globalSetup: ['scripts/lib/require-fresh-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
