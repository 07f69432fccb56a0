import { neo4jSettingsFromEnvironment, openDriver } from '../database/neo4j-settings.ts';
import { SERVED_REUSE, startPlanServer } from './app.ts';

/**
 * Serves the GraphQL API and the viewer on one port (PORT, default 4000; HOST, default
 * 127.0.0.1). ANSWER_CACHE_MS: how long answers may be reused at most (default 60000; 0 =
 * never); they are dropped anyway within about a second of an ingest that changes the graph.
 */
const settings = neo4jSettingsFromEnvironment();
const driver = openDriver(settings);
const server = await startPlanServer(
  {
    driver,
    database: settings.database,
    reuse: { answerCacheMs: Number(process.env.ANSWER_CACHE_MS ?? SERVED_REUSE.answerCacheMs) },
  },
  { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4000) },
);
console.log(`plan graph viewer: ${server.url}`);
console.log(`GraphQL API:       ${server.url}graphql (open it in a browser for GraphiQL)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close();
    await driver.close();
    process.exit(0);
  });
}
