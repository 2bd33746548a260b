import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Build-output tests read dist/; npm test builds before it runs vitest.
    testTimeout: 30_000,
  },
});
