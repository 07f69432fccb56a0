import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import type { Neo4jSettings } from '../../database/neo4j-settings.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NEO4J_SCRIPT = path.join(ROOT, 'scripts', 'neo4j');

/** The test Neo4j: the project's own on its own port and data folder, unless NEO4J_URI names one. */
export interface TestNeo4j {
  settings: Neo4jSettings;
  /** True when the tests started it themselves (and so may stop and start it). */
  managed: boolean;
  /** Environment for scripts/neo4j to address the test instance. */
  scriptEnv: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject) {
  const managed = !process.env.NEO4J_URI;
  const port = process.env.TEST_NEO4J_BOLT_PORT ?? '7688';
  const scriptEnv = {
    NEO4J_INSTANCE: 'test',
    NEO4J_BOLT_PORT: port,
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '256m',
  };
  if (managed) {
    execFileSync(NEO4J_SCRIPT, ['start'], { stdio: 'inherit', env: { ...process.env, ...scriptEnv } });
  } else {
    console.warn(`tests use the Neo4j at ${process.env.NEO4J_URI} and replace the graph it holds`);
  }
  const password =
    process.env.NEO4J_PASSWORD ??
    execFileSync(NEO4J_SCRIPT, ['password'], {
      encoding: 'utf8',
      env: { ...process.env, ...scriptEnv },
    }).trim();
  project.provide('neo4j', {
    managed,
    scriptEnv,
    settings: {
      uri: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${port}`,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    },
  });
  // The browser tests load the viewer as users get it: built.
  await build({ configFile: path.join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });

  return () => {
    if (managed) {
      execFileSync(NEO4J_SCRIPT, ['stop'], { stdio: 'inherit', env: { ...process.env, ...scriptEnv } });
    }
  };
}
