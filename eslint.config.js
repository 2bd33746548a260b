// ESLint with type-aware TypeScript rules and the Astro plugin; `npm run lint` allows no warning.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.staging/', 'dist.previous/', '**/.astro/', '.bench/', '.fixture-build/', 'node_modules/', 'public/', 'content/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  {
    rules: {
      // `const { removed: _removed, ...rest } = object` is how a test drops one key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests: vitest's asymmetric matchers (expect.stringMatching, expect.objectContaining) are typed `any`,
    // and tests that corrupt a YAML file on purpose edit it as untyped data.
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Astro component scripts and config files: type information comes from the Astro parser.
    files: ['**/*.astro', '**/*.mjs', 'eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
