// ESLint (flat config), run by `npm run lint` together with `prettier --check .` and the
// dependency rules (`npm run lint:deps`). Type-aware: typescript-eslint's recommendedTypeChecked
// plus the strict rules that catch real bugs here (promises nobody awaits, promises handed to
// callbacks that ignore them, switches that miss a case). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The web client: type-aware like the server (projectService picks web/tsconfig.json), with browser
// globals and the rules of hooks.
const webBlock = {
  files: ['web/**/*.{ts,tsx}'],
  extends: [reactHooks.configs.flat.recommended],
  languageOptions: { globals: { ...globals.browser } },
};

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'web/dist/',
      'data/',
      'bench/data/',
      'bench/results/',
      'test-results/',
      'coverage/',
      '.test-tmp/',
      'web/src/api/schema.d.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }],
      // no-unnecessary-condition stays off: with noUncheckedIndexedAccess off it flags every
      // defensive `rows[0] ?? …` and every check on data read from outside (JSON, webhooks, files).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: async without await is the contract here, not a slip. Fastify handlers and hooks,
      // Kysely's migration `down` and dialect methods are async by interface; the promise-handling
      // rules above catch the real mistakes.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests, the benchmark and the scripts read untyped JSON (`res.json()` answers, autocannon
    // results, query plans) and check it themselves (`expect`, the report's own checks); typing
    // every answer would add casts, not safety. The server code keeps these rules.
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript run by Node (scripts/*.mjs, this file): no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The PWA's service worker: plain JavaScript run by the browser as a worker.
    files: ['web/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  webBlock,
);
