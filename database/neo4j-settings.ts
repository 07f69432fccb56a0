import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';

/** Where the graph lives. `NEO4J_URI` points at a server of the user's; else the project's own. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Name of the database; Community Edition has one user database, `neo4j`. */
  database: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function neo4jSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const port = env.NEO4J_BOLT_PORT ?? '7687';
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${port}`,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? projectPassword(),
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** The password scripts/neo4j generated for the project's own server. */
function projectPassword(): string {
  const file = path.join(ROOT, '.neo4j', 'password');
  if (!existsSync(file)) {
    throw new Error(
      'NEO4J_PASSWORD is not set and .neo4j/password does not exist: start the project\'s Neo4j with "npm run neo4j -- start", or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD',
    );
  }
  return readFileSync(file, 'utf8').trim();
}

export function openDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Fail fast when the server is down, so a person hears about it in seconds, not minutes.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}

/** Neo4j error codes meaning "the database cannot be reached", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (typeof code === 'string' && code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) ||
    (error instanceof Error && /ECONNREFUSED|connect ECONNRESET/.test(error.message))
  );
}
