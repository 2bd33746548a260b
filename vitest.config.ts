import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (no build needed: parsing, data logic, the importers and
 * CLIs against the real source documents) and `output` (the built dist/, which
 * must be the build of the tree as it is: see scripts/lib/require-fresh-build.ts).
 * Browser tests have their own configuration, vitest.e2e.config.ts, and the spreadsheet
 * tests in LibreOffice theirs, vitest.sheets.config.ts.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/__e2e__/**', 'src/__tests__/output/**', 'src/__sheets__/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'output',
          include: ['src/__tests__/output/**/*.test.ts'],
          globalSetup: ['scripts/lib/require-fresh-build.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
