import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * graphql as Node resolves it (its CommonJS main, graphql 16 has no `exports`): the instance
 * @apollo/server uses. Vite would pick its `module` build instead, and a schema built by one
 * instance cannot be executed by the other ("from another module or realm"), as `ask` does.
 */
const GRAPHQL = createRequire(import.meta.url).resolve('graphql');

/**
 * Two tiers. `unit`: everything that needs neither Neo4j nor a browser (reading, extraction,
 * the schema, cursors…), in parallel, in seconds: `npm run test:unit`. `integration`: tests
 * against the real Neo4j (started by the global setup) and the real browser, one file at a
 * time since they share one database. `npm test` runs both.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: GRAPHQL }] },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The files share one module graph per worker: the lexicons, the gazetteer and the
          // taxonomy load once, not once per file (they are read-only).
          isolate: false,
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
