import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceDocument } from '../../ingest/load/load-graph.ts';
import type { PlanGraph } from '../../model/graph.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { neo4jScript, openTestDriver, ROOT, runIngest, testNeo4j } from '../support/test-graph.ts';

const DOCUMENT = 'huaihua-14th-five-year-plan.txt';

/** A document's worth of facts large enough that loading it takes a while. */
function largeSlice(size: number): PlanGraph {
  const evidence = [{ document: DOCUMENT, line: 1, section: '', quote: '怀化市' }];
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `project:synthetic-${i}`,
    label: 'Project' as const,
    name: `合成项目${i}`,
    aliases: [],
    properties: {},
    evidence,
  }));
  return { nodes, edges: [] };
}

describe('a failed load leaves the graph as it was', () => {
  let driver: Driver;
  const database = testNeo4j().settings.database;

  beforeAll(async () => {
    await runIngest();
    driver = openTestDriver();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('rolls back a document whose rows Neo4j rejects half way', async () => {
    const before = await graphChecksum(driver, database);
    const slice = largeSlice(3000);
    // A map is no property value Neo4j can store: the batch holding it fails after others were written.
    (slice.nodes[2500] as { properties: Record<string, unknown> }).properties = {
      nested: { not: 'allowed' },
    };
    await expect(replaceDocument(driver, database, DOCUMENT, slice)).rejects.toThrow();
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it('rolls back a document that outlasts the ingest time limit, and says which limit to raise', async () => {
    const before = await graphChecksum(driver, database);
    const configured = process.env.INGEST_TIMEOUT_MS;
    process.env.INGEST_TIMEOUT_MS = '1';
    try {
      // Neo4j looks for timed-out transactions every 2 s (db.transaction.monitor.check.interval),
      // so the document must outlast that check, on a fast machine too: 3,000 rows once committed
      // in 1.6 s on CI before any check. 200,000 rows take far longer than 2 s anywhere.
      await expect(replaceDocument(driver, database, DOCUMENT, largeSlice(200_000))).rejects.toThrow(
        /took longer than .*rolled back.*INGEST_TIMEOUT_MS/,
      );
    } finally {
      if (configured === undefined) delete process.env.INGEST_TIMEOUT_MS;
      else process.env.INGEST_TIMEOUT_MS = configured;
    }
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it.runIf(testNeo4j().managed)(
    'keeps the graph unchanged when Neo4j is killed in the middle of a document (project-managed Neo4j only: it must be killable)',
    async () => {
      const before = await graphChecksum(driver, database);
      const loading = replaceDocument(driver, database, DOCUMENT, largeSlice(200_000));
      const outcome = loading.then(
        () => 'committed',
        () => 'failed',
      );
      // Kill the server hard once the transaction is under way.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const pid = readFileSync(path.join(ROOT, '.neo4j', 'test', 'neo4j.pid'), 'utf8').trim();
      execFileSync('kill', ['-9', pid]);
      expect(await outcome).toBe('failed');
      await neo4jScript('start');
      const after = await graphChecksum(driver, database);
      expect(after).toEqual(before);
    },
    180_000,
  );
});
