import { defineConfig } from 'vitest/config';

// Browser tests against the built site (dist/) in Debian's Chromium; run after "npm run build".
export default defineConfig({
  test: {
    include: ['src/__e2e__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
