import { defineConfig } from 'vitest/config';

// The published spreadsheets opened in LibreOffice Calc (npm run test:spreadsheets; dist/ must be fresh).
export default defineConfig({
  test: {
    include: ['src/__sheets__/**/*.test.ts'],
    globalSetup: ['scripts/lib/require-fresh-build.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
