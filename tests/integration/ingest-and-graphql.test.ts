import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../cypher/queries.ts';
import { countGraph } from '../../ingest/load/load-graph.ts';
import { type PlanServer, startPlanServer } from '../../server/app.ts';
import { stableJson } from '../support/graph-checksum.ts';
import { postGraphQL } from '../support/http.ts';
import { clearGraph, openTestDriver, runIngest, testNeo4j } from '../support/test-graph.ts';

const DOCUMENTS = /* GraphQL */ `
  { documents { id title kind date issuer { name aliases } evidence { document line quote } } }
`;

describe('ingest into the real Neo4j and query through GraphQL over HTTP', () => {
  let driver: Driver;
  let server: PlanServer;
  const database = () => testNeo4j().settings.database;

  beforeAll(async () => {
    driver = openTestDriver();
    await clearGraph(driver);
    server = await startPlanServer({ driver, database: database() }, { host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('plans every write as index lookups, never a scan of all nodes or relationships, on an empty graph too', async () => {
    // Neo4j plans with the statistics of what is committed, and a document is one transaction:
    // a write planned as a scan on an empty graph rescans everything for every row of a large
    // document (loading then grows with the square of its size).
    const operators = (plan: { operatorType: string; children?: unknown[] }): string[] => [
      plan.operatorType.split('@')[0] ?? '',
      ...((plan.children ?? []) as (typeof plan)[]).flatMap(operators),
    ];
    const parameters = {
      rows: [],
      document: 'x',
      documentNodeId: 'document:x',
      evidencePrefix: 'x',
      claimPrefix: 'x/',
      nodeIds: [],
      relationshipIds: [],
      fullestLabels: ['Park'],
    };
    const writes = [
      'merge-nodes',
      'merge-edges',
      'forget-document',
      'names-from-claims',
      'prune-unsupported',
      'record-supports',
    ] as const;
    for (const name of writes) {
      const explained = await driver.executeQuery(`EXPLAIN ${cypher(name)}`, parameters, {
        database: database(),
      });
      const plan = operators(explained.summary.plan as unknown as { operatorType: string });
      expect(
        plan.filter((operator) => /AllNodesScan|AllRelationshipsScan|ByLabelScan|ByTypeScan/.test(operator)),
        name,
      ).toEqual([]);
    }
  });

  it('loads one Document per corpus file, linked to its issuing Region', async () => {
    const { stdout } = await runIngest();
    expect(stdout).toMatch(/ingested 5 of 5 new or changed documents/);
    const counts = await countGraph(driver, database());
    expect(counts.nodes.Document).toBe(5);
    expect(counts.relationships.ISSUED_BY).toBe(5);
    const issuers = await driver.executeQuery(
      'MATCH (:Document)-[:ISSUED_BY]->(r:Region) RETURN DISTINCT r.name AS name, r.code AS code ORDER BY code',
      {},
      { database: database() },
    );
    // 洪江市 issued two of the documents; codes come from the division dataset.
    expect(issuers.records.map((r) => [r.get('code'), r.get('name')])).toEqual([
      ['4311', '永州市'],
      ['4312', '怀化市'],
      ['431281', '洪江市'],
      ['4331', '湘西土家族苗族自治州'],
    ]);
  });

  it('changes nothing when the same corpus is ingested again', async () => {
    const before = await countGraph(driver, database());
    // Every node with its properties and outgoing relationships, in a fixed order.
    const snapshot = async () =>
      (
        await driver.executeQuery(
          `MATCH (n:Entity)
           RETURN n.id AS id, properties(n) AS node,
                  COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), m.id, properties(r)] ORDER BY r.id } AS out
           ORDER BY id`,
          {},
          { database: database() },
        )
      ).records.map((record) => stableJson(record.toObject()));
    const propertiesBefore = await snapshot();
    await runIngest();
    expect(await countGraph(driver, database())).toEqual(before);
    expect(await snapshot()).toEqual(propertiesBefore);
  });

  it('finds entities by Chinese names and aliases through the cjk full-text index', async () => {
    const search = async (text: string) =>
      (
        await driver.executeQuery(
          "CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node RETURN node.name AS name LIMIT 20",
          { text },
          { database: database() },
        )
      ).records.map((record) => record.get('name') as string);
    expect(await search('高新')).toEqual(
      expect.arrayContaining(['怀化国家高新技术产业开发区', '洪江高新技术产业开发区']),
    );
    // 洪江高新区 is only an alias of the park's name. (Lucene ranks it with 洪江高新区化工产业园,
    // which has the phrase in its name; the API's search puts exact aliases first.)
    expect(await search('"洪江高新区"')).toContain('洪江高新技术产业开发区');
  });

  it('answers documents { title issuer { name } } with evidence from the source', async () => {
    const { status, body } = await postGraphQL(server.url, DOCUMENTS);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const documents = body.data?.documents as {
      title: string;
      kind: string;
      issuer: { name: string; aliases: string[] };
      evidence: { document: string; line: number; quote: string }[];
    }[];
    expect(documents).toHaveLength(5);
    const xiangxi = documents.find((d) => d.title.startsWith('湘西州'));
    expect(xiangxi?.issuer.name).toBe('湘西土家族苗族自治州');
    expect(xiangxi?.issuer.aliases).toContain('湘西州');
    for (const document of documents) {
      expect(document.evidence.length).toBeGreaterThan(0);
      expect(document.evidence[0]?.line).toBeGreaterThan(0);
    }
    expect(
      documents
        .filter((d) => d.issuer.name === '洪江市')
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['five-year-plan', 'gazette']);
  });

  it('removes one document without touching what the others say', async () => {
    const before = await countGraph(driver, database());
    await runIngest(['--remove', 'hongjiang-gazette-2026-01.txt']);
    let counts = await countGraph(driver, database());
    expect(counts.nodes.Document).toBe(4);
    // 洪江市 is still the issuer of its five-year plan, so it stays.
    const hongjiang = await driver.executeQuery(
      "MATCH (r:Region {code: '431281'}) RETURN r.sources AS sources",
      {},
      { database: database() },
    );
    expect(hongjiang.records[0]?.get('sources')).not.toContain('hongjiang-gazette-2026-01.txt');
    expect(hongjiang.records[0]?.get('sources')).toContain('hongjiang-14th-five-year-plan.txt');
    await runIngest();
    counts = await countGraph(driver, database());
    expect(counts).toEqual(before);
  });
});
