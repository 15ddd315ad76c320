import { defineConfig } from 'vitest/config';

/**
 * Unit tests run once; integration tests run twice, on embedded PGlite and on a real PostgreSQL
 * server (a throwaway cluster, or TEST_DATABASE_URL); browser tests drive Debian's chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'pglite', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pglite' }, globalSetup: ['test/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'postgres' }, globalSetup: ['test/support/global-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env: { TEST_DB: 'pglite' },
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/browser-setup.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
