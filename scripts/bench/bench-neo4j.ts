import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jSettings } from '../../database/neo4j-settings.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NEO4J = path.join(ROOT, 'scripts', 'neo4j');

/** A benchmark's Neo4j: its own instance of the project's Neo4j, or the user's (NEO4J_URI). */
export interface BenchNeo4j {
  settings: Neo4jSettings;
  /** The environment an ingest process needs to write to it. */
  environment: NodeJS.ProcessEnv;
  /** Stops the instance when the benchmark started it. */
  stop(): void;
}

/**
 * Starts the project's Neo4j as instance `name` on `port` (heap and page cache as given), or
 * uses the server NEO4J_URI names; `fresh` empties the instance's store first (a store that
 * once held a large graph is slower to load into).
 */
export function benchNeo4j(options: {
  name: string;
  port: number;
  heap: string;
  pageCache: string;
  fresh?: boolean;
}): BenchNeo4j {
  const instance = {
    ...process.env,
    NEO4J_INSTANCE: options.name,
    NEO4J_BOLT_PORT: String(options.port),
    NEO4J_HEAP: options.heap,
    NEO4J_PAGECACHE: options.pageCache,
  };
  const managed = !process.env.NEO4J_URI;
  if (managed && options.fresh) {
    execFileSync(NEO4J, ['stop'], { stdio: 'ignore', env: instance });
    rmSync(path.join(ROOT, '.neo4j', options.name, 'data'), { recursive: true, force: true });
  }
  if (managed) execFileSync(NEO4J, ['start'], { stdio: 'inherit', env: instance });
  const settings: Neo4jSettings = {
    uri: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${options.port}`,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password:
      process.env.NEO4J_PASSWORD ??
      execFileSync(NEO4J, ['password'], { encoding: 'utf8', env: instance }).trim(),
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  return {
    settings,
    environment: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
    },
    stop() {
      if (managed) execFileSync(NEO4J, ['stop'], { stdio: 'inherit', env: instance });
    },
  };
}
