import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Browser tests have their own configuration (vitest.e2e.config.ts) and run after the build.
    exclude: [...configDefaults.exclude, 'src/__e2e__/**'],
    // Build-output tests read dist/; npm test builds before it runs vitest.
    testTimeout: 30_000,
  },
});
