import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { type PlanServer, type PlanServerOptions, startPlanServer } from '../../server/app.ts';
import { launchChromium } from './browser.ts';
import { ROOT } from './paths.ts';
import { openTestDriver, runIngest, testNeo4j } from './test-graph.ts';

export interface TestServer {
  driver: Driver;
  server: PlanServer;
  close(): Promise<void>;
}

/** Serves the API and the viewer on a free loopback port over the test Neo4j, with its own driver. */
export async function startTestServer(reuse?: PlanServerOptions['reuse']): Promise<TestServer> {
  const driver = openTestDriver();
  const server = await startPlanServer(
    { driver, database: testNeo4j().settings.database, reuse },
    { host: '127.0.0.1', port: 0 },
  ).catch(async (error: unknown) => {
    await driver.close();
    throw error;
  });
  return {
    driver,
    server,
    async close() {
      await server.close();
      await driver.close();
    },
  };
}

/** The corpus ingested as a user would, then served (see startTestServer). */
export async function serveCorpus(): Promise<TestServer> {
  await runIngest();
  return startTestServer();
}

/** Where browser tests save screenshots for people to look at (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

/** The corpus served (serveCorpus) and Debian's chromium to look at it. */
export async function serveCorpusToBrowser(): Promise<TestServer & { browser: Browser }> {
  const served = await serveCorpus();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await served.close();
    throw error;
  });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    ...served,
    browser,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
