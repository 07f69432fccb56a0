import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { formatError, refuseOversizedBody } from './errors.ts';
import { GraphStore, type GraphStoreOptions } from './graph-store.ts';
import { MAX_ALIASES, MAX_BODY, MAX_QUERY_COST, MAX_QUERY_DEPTH, MAX_TOKENS, onlyQueries } from './limits.ts';
import { type RequestContext, requestContext, resolvers } from './resolvers.ts';
import { typeDefs } from './schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WEB_DIR = path.join(ROOT, 'web', 'dist');

export interface PlanServerOptions {
  driver: Driver;
  database: string;
  /** How answers may be reused (see GraphStore); by default only while a query is in flight. */
  reuse?: Pick<GraphStoreOptions, 'answerCacheMs' | 'shareQueriesInFlight'>;
  /** Folder of the built viewer (`npm run build:web`). */
  webDir?: string;
}

export interface PlanServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/** Starts GraphQL at `/graphql` and the viewer at `/` on one port. Port 0 picks a free one. */
export async function startPlanServer(
  options: PlanServerOptions,
  listen: { host: string; port: number },
): Promise<PlanServer> {
  const store = new GraphStore(options.driver, options.database, options.reuse);
  const app = express();
  const httpServer: Server = await new Promise((resolve, reject) => {
    const server = app.listen(listen.port, listen.host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
  // graphql-armor refuses deep, costly or huge queries while validating them, before any
  // resolver runs; formatError gives its refusals the code QUERY_TOO_COMPLEX.
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_QUERY_DEPTH },
    costLimit: { maxCost: MAX_QUERY_COST },
    maxAliases: { n: MAX_ALIASES },
    maxTokens: { n: MAX_TOKENS },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [onlyQueries, ...armor.validationRules],
    allowBatchedHttpRequests: false,
    plugins: [
      // armor's typings name Apollo's CommonJS build, ours its ES module build: same plugin API.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from the internet; ours is GraphiQL from our own
      // bundle (below), and the viewer lives at "/".
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  // A browser opening /graphql gets the query IDE; GraphQL clients (POST, or GET with a query)
  // get the API.
  app.get('/graphql', (request, response, next) => {
    const wantsPage =
      request.query.query === undefined && request.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    const page = path.join(webDir, 'graphiql.html');
    if (existsSync(page)) return response.sendFile(page);
    response.status(503).type('text/plain').send('The query IDE is not built yet: run "npm run build:web".');
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    refuseOversizedBody,
    expressMiddleware(apollo, { context: async () => requestContext(store) }),
  );
  if (existsSync(webDir)) {
    app.use(express.static(webDir));
  } else {
    app.get('/', (_request, response) => {
      response.status(503).type('text/plain').send('The viewer is not built yet: run "npm run build:web".');
    });
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  return {
    url: `http://${listen.host}:${port}/`,
    store,
    async close() {
      await apollo.stop();
    },
  };
}
