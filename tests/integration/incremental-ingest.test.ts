import { appendFile, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/graph-checksum.ts';
import { CORPUS, clearGraph, openTestDriver, runIngest, testNeo4j } from '../support/test-graph.ts';

const DOCUMENTS = [
  'hongjiang-gazette-2026-01.txt',
  'hongjiang-14th-five-year-plan.txt',
  'xiangxi-14th-five-year-plan.txt',
];

/** A short plan of our own that names a park of the others by its full name, with a new industry. */
const NEW_PLAN = `洪江市2027年园区发展计划

洪江市人民政府
2027年1月10日

一、主要任务
洪江高新技术产业开发区以竹木新材料和中药材精深加工为主导产业，建设竹木新材料产业园。
`;

describe('ingest reads only what changed, and the graph is the one a fresh ingest would make', () => {
  let driver: Driver;
  let folder: string;
  const database = testNeo4j().settings.database;
  const checksum = () => graphChecksum(driver, database);
  /** The graph a fresh ingest of the folder as it is now makes. */
  const fresh = async () => {
    await clearGraph(driver);
    await runIngest([folder]);
    return checksum();
  };

  beforeAll(async () => {
    driver = openTestDriver();
    folder = await mkdtemp(path.join(tmpdir(), 'plan-graph-incremental-'));
    for (const file of DOCUMENTS) await copyFile(path.join(CORPUS, file), path.join(folder, file));
    await clearGraph(driver);
  }, 60_000);

  afterAll(async () => {
    // The other tests read the corpus alone.
    await clearGraph(driver);
    await runIngest();
    await driver?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  }, 120_000);

  it('loads every document the first time, and none when nothing changed', async () => {
    const first = await runIngest([folder]);
    expect(first.stdout).toContain('3 to load (3 new, 0 changed');
    const loaded = await checksum();
    const again = await runIngest([folder]);
    expect(again.stdout).toContain(
      '0 to load (0 new, 0 changed, 0 read again by a newer extractor), 3 unchanged, 0 gone',
    );
    expect(await checksum()).toEqual(loaded);
  }, 120_000);

  it('reads a changed document again, and only that one', async () => {
    await appendFile(
      path.join(folder, DOCUMENTS[0] as string),
      '\n洪江高新区以竹木新材料为主导产业。全年新增规模以上工业企业12家。\n',
    );
    const before = await checksum();
    const dryRun = await runIngest(['--dry-run', folder]);
    expect(dryRun.stdout).toContain(`file changed: ${path.join(folder, DOCUMENTS[0] as string)}`);
    expect(await checksum()).toEqual(before);

    const run = await runIngest([folder]);
    expect(run.stdout).toContain(
      '1 to load (0 new, 1 changed, 0 read again by a newer extractor), 2 unchanged',
    );
    expect(run.stdout).toMatch(new RegExp(`loaded ${DOCUMENTS[0]}`, 'u'));
    expect(run.stdout).not.toMatch(new RegExp(`loaded ${DOCUMENTS[1]}`, 'u'));
    const incremental = await checksum();
    expect(incremental).not.toEqual(before);
    expect(await fresh()).toEqual(incremental);
  }, 180_000);

  it('a new document joins the entities the others created, by their full names too', async () => {
    await writeFile(path.join(folder, 'hongjiang-park-plan-2027.txt'), NEW_PLAN);
    const run = await runIngest([folder]);
    expect(run.stdout).toContain('1 to load (1 new, 0 changed');
    const park = await driver.executeQuery(
      "MATCH (p:Park) WHERE p.name = '洪江高新技术产业开发区' OR '洪江高新技术产业开发区' IN p.aliases RETURN p.name AS name, p.aliases AS aliases, p.sources AS sources",
      {},
      { database },
    );
    expect(park.records).toHaveLength(1);
    const sources = park.records[0]?.get('sources') as string[];
    expect(sources).toContain('hongjiang-park-plan-2027.txt');
    expect(sources.length).toBeGreaterThan(1);
    const incremental = await checksum();
    expect(await fresh()).toEqual(incremental);
  }, 180_000);

  it('reports a file gone from the folder, and removes its facts only with --prune', async () => {
    await rm(path.join(folder, DOCUMENTS[2] as string));
    const before = await checksum();
    const reported = await runIngest([folder]);
    expect(reported.stdout).toContain('1 gone');
    expect(reported.stdout).toContain(`gone (--prune removes it): ${DOCUMENTS[2]}`);
    expect(await checksum()).toEqual(before);

    const dryRun = await runIngest(['--dry-run', '--prune', folder]);
    expect(dryRun.stdout).toContain(`would remove: ${DOCUMENTS[2]}`);
    expect(await checksum()).toEqual(before);

    const pruned = await runIngest(['--prune', folder]);
    expect(pruned.stdout).toContain('removed 1');
    const incremental = await checksum();
    expect(incremental.nodes).toBeLessThan(before.nodes);
    expect(await fresh()).toEqual(incremental);
  }, 180_000);
});
