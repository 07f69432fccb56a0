import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { EntityNames } from './entity-names.ts';
import { formatError } from './errors.ts';
import { GraphStore, type GraphStoreOptions } from './graph-store.ts';
import { graphqlPostHandler } from './graphql-http.ts';
import { MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_DEPTH, MAX_TOKENS, onlyQueries } from './limits.ts';
import { type RequestContext, requestContext } from './request-context.ts';
import { resolvers } from './resolvers/index.ts';
import { typeDefs } from './schema/type-defs.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WEB_DIR = path.join(ROOT, 'web', 'dist');

export interface PlanServerOptions {
  driver: Driver;
  database: string;
  /** How answers may be reused (see GraphStore); by default only while a query is in flight. */
  reuse?: Pick<GraphStoreOptions, 'answerCacheMs' | 'shareQueriesInFlight' | 'graphCheckMs'>;
  /** Folder of the built viewer (`npm run build:web`). */
  webDir?: string;
}

export interface PlanServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * How `npm run serve` reuses answers: for up to a minute, and only while the graph stays as it
 * was (an ingest shows within about a second; see GraphStore).
 */
export const SERVED_REUSE = { answerCacheMs: 60_000 } as const;

/**
 * When answers may be reused for a while, Apollo's cache-control plugin marks them so
 * (`Cache-Control: max-age=…, public` on an answer without errors), and the POST handler
 * keeps such answers whole, for the graph they were made from (see graphql-http.ts).
 * Otherwise the plugin is off: it would wrap every resolver for hints nobody reads (a tenth
 * of the time of an answer).
 */
function answerReuse(answerCacheMs: number): ApolloServerPlugin<RequestContext>[] {
  if (answerCacheMs <= 0) return [ApolloServerPluginCacheControlDisabled()];
  return [ApolloServerPluginCacheControl({ defaultMaxAge: Math.max(1, Math.round(answerCacheMs / 1000)) })];
}

/** Starts GraphQL at `/graphql` and the viewer at `/` on one port. Port 0 picks a free one. */
export async function startPlanServer(
  options: PlanServerOptions,
  listen: { host: string; port: number },
): Promise<PlanServer> {
  const store = new GraphStore(options.driver, options.database, options.reuse);
  const app = express();
  // Listens once everything is in place (below); Apollo's drain plugin needs the server now.
  const httpServer: Server = createServer();
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
    // A public read-only API describes itself, also when served with NODE_ENV=production.
    introspection: true,
    // Compact JSON: Apollo's default indents every answer, which costs more than resolving a
    // large one (measured: a 16 kB answer spent 5% of the server's time indenting).
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: [onlyQueries, ...armor.validationRules],
    allowBatchedHttpRequests: false,
    plugins: [
      // armor's typings name Apollo's CommonJS build, ours its ES module build: same plugin API.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from the internet; ours is GraphiQL from our own
      // bundle (below), and the viewer lives at "/".
      ApolloServerPluginLandingPageDisabled(),
      ...answerReuse(options.reuse?.answerCacheMs ?? 0),
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
  const names = new EntityNames(store);
  const context = async () => requestContext(store, names);
  app.use('/graphql', expressMiddleware(apollo, { context }));
  if (existsSync(webDir)) {
    app.use(express.static(webDir));
  } else {
    app.get('/', (_request, response) => {
      response.status(503).type('text/plain').send('The viewer is not built yet: run "npm run build:web".');
    });
  }
  // POST /graphql goes straight to Apollo (see graphql-http.ts); the rest is Express's: the
  // viewer's files, the query IDE, and GraphQL over GET.
  const reusesAnswers = (options.reuse?.answerCacheMs ?? 0) > 0;
  const answerGraphQLPost = graphqlPostHandler(
    apollo,
    context,
    reusesAnswers ? { graphVersion: () => store.currentGraphVersion() } : undefined,
  );
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '';
    if (request.method === 'POST' && (path === '/graphql' || path.startsWith('/graphql?'))) {
      answerGraphQLPost(request, response);
    } else {
      app(request, response);
    }
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
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
