import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver } from '../../database/neo4j-settings.ts';
import { CORPUS, ROOT } from './paths.ts';

export { CORPUS, ROOT } from './paths.ts';

export function testNeo4j() {
  return inject('neo4j');
}

export function openTestDriver(): Driver {
  return openDriver(testNeo4j().settings);
}

/** Environment under which the project's commands talk to the test Neo4j. */
export function testEnvironment(): NodeJS.ProcessEnv {
  const { settings } = testNeo4j();
  return {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    NEO4J_DATABASE: settings.database,
  };
}

export async function clearGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: testNeo4j().settings.database });
}

const run = promisify(execFile);

/** Runs the ingest command as a user would, against the test Neo4j. */
export async function runIngest(args: string[] = [CORPUS]): Promise<{ stdout: string; stderr: string }> {
  return run(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'ingest', 'cli', 'ingest.ts'), ...args],
    {
      cwd: ROOT,
      env: testEnvironment(),
    },
  );
}

/** Stops or starts the test Neo4j (only when the tests manage it). */
export async function neo4jScript(command: 'start' | 'stop'): Promise<void> {
  await run(path.join(ROOT, 'scripts', 'neo4j'), [command], {
    env: { ...process.env, ...testNeo4j().scriptEnv },
  });
}
