import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit`: everything that needs neither Neo4j nor a browser (reading, extraction,
 * the schema, cursors…), in parallel, in seconds: `npm run test:unit`. `integration`: tests
 * against the real Neo4j (started by the global setup) and the real browser, one file at a
 * time since they share one database. `npm test` runs both.
 */
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
