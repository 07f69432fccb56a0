import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { formatError } from './errors.ts';
import { GraphStore } from './graph-store.ts';
import { type RequestContext, resolvers } from './resolvers.ts';
import { typeDefs } from './schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WEB_DIR = path.join(ROOT, 'web', 'dist');

export interface PlanServerOptions {
  driver: Driver;
  database: string;
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
  const store = new GraphStore(options.driver, options.database);
  const app = express();
  const httpServer: Server = await new Promise((resolve, reject) => {
    const server = app.listen(listen.port, listen.host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from the internet; the viewer lives at "/".
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => ({ store }) }),
  );
  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
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
