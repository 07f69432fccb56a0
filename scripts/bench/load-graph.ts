import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../cypher/queries.ts';
import { openDriver } from '../../database/neo4j-settings.ts';
import { applySchema, asNodeRow, asRow, replaceDocument } from '../../ingest/load/load-graph.ts';
import { extractCorpus } from '../../ingest/pipeline.ts';
import { documentSlice } from '../../ingest/resolve/merge-graph.ts';
import type { GraphEdge, GraphNode, PlanGraph } from '../../model/graph.ts';
import { benchNeo4j } from './bench-neo4j.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const neo4jServer = benchNeo4j({ name: 'bench', port: 7689, heap: '3g', pageCache: '1g', fresh: true });
const { settings } = neo4jServer;
const driver = openDriver(settings);

/** Per document of the real corpus, the part of the graph it supports. */
const extraction = await extractCorpus(path.join(ROOT, 'data', 'corpus'));
const slices = extraction.documents.map((entry) => ({
  file: entry.file,
  graph: documentSlice(extraction.graph, entry.file),
}));

/** Copy k of a document's slice: every id, name and document renamed, the shape kept. */
function renamed(
  slice: { file: string; graph: PlanGraph },
  copy: number,
): { file: string; graph: PlanGraph } {
  const file = `copy${copy}-${slice.file}`;
  const id = (value: string) => `${value}~${copy}`;
  const evidence = (element: GraphNode | GraphEdge) =>
    element.evidence.map((e) => ({ ...e, document: file }));
  return {
    file,
    graph: {
      nodes: slice.graph.nodes.map((n) => ({
        ...n,
        id: id(n.id),
        name: `${n.name}${copy}`,
        evidence: evidence(n),
      })),
      edges: slice.graph.edges.map((e) => ({
        ...e,
        id: id(e.id),
        source: id(e.source),
        target: id(e.target),
        evidence: evidence(e),
      })),
    },
  };
}

async function clear(db: Driver): Promise<void> {
  const session = db.session({ database: settings.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Each document of the corpus k times over, as one document per real one. */
function scaledDocuments(copies: number): { file: string; graph: PlanGraph }[] {
  return slices.map((slice) => {
    const parts = Array.from({ length: copies }, (_, copy) => renamed(slice, copy).graph);
    const file = `x${copies}-${slice.file}`;
    const evidence = (element: GraphNode | GraphEdge) =>
      element.evidence.map((e) => ({ ...e, document: file }));
    return {
      file,
      graph: {
        nodes: parts.flatMap((part) => part.nodes).map((n) => ({ ...n, evidence: evidence(n) })),
        edges: parts.flatMap((part) => part.edges).map((e) => ({ ...e, evidence: evidence(e) })),
      },
    };
  });
}

async function loadCopies(copies: number): Promise<{ ms: number; nodes: number; edges: number }> {
  await clear(driver);
  const documents = scaledDocuments(copies);
  const nodes = documents.reduce((sum, d) => sum + d.graph.nodes.length, 0);
  const edges = documents.reduce((sum, d) => sum + d.graph.edges.length, 0);
  const started = performance.now();
  for (const document of documents) {
    const documentStarted = performance.now();
    await replaceDocument(driver, settings.database, document.file, document.graph);
    if (process.env.BENCH_VERBOSE)
      console.log(`  ${document.file}: ${(performance.now() - documentStarted).toFixed(0)} ms`);
  }
  return { ms: performance.now() - started, nodes, edges };
}

/** The naive way: each node and each relationship in its own query and transaction. */
async function loadNaively(copies: number): Promise<{ ms: number; rows: number }> {
  await clear(driver);
  let rows = 0;
  const started = performance.now();
  for (const document of scaledDocuments(copies)) {
    const database = { database: settings.database };
    for (const node of document.graph.nodes) {
      await driver.executeQuery(
        cypher('merge-nodes'),
        { rows: [asNodeRow(node)], document: document.file },
        database,
      );
      rows += 1;
    }
    for (const edge of document.graph.edges) {
      await driver.executeQuery(
        cypher('merge-edges'),
        { rows: [asRow(edge)], document: document.file },
        database,
      );
      rows += 1;
    }
  }
  return { ms: performance.now() - started, rows };
}

try {
  await applySchema(driver, settings.database);
  await loadCopies(1); // warm-up: query plans and the JIT of Neo4j and of this process
  console.log('loading synthetic corpora (one transaction per document, UNWIND batches)');
  const results: { copies: number; ms: number; rows: number }[] = [];
  const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
  for (const copies of scales) {
    const { ms, nodes, edges } = await loadCopies(copies);
    results.push({ copies, ms, rows: nodes + edges });
    console.log(
      `×${String(copies).padEnd(4)} ${String(slices.length).padStart(2)} documents  ${String(nodes).padStart(6)} nodes ${String(edges).padStart(6)} relationships  ${(ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(
        ((nodes + edges) * 1000) / ms,
      )
        .toString()
        .padStart(6)} rows/s  ${Math.round((edges * 1000) / ms)
        .toString()
        .padStart(6)} relationships/s`,
    );
  }
  const [one, , hundred] = results;
  if (one && hundred) {
    console.log(
      `time per row at ×100 / at ×1: ${(hundred.ms / hundred.rows / (one.ms / one.rows)).toFixed(2)} (1.00 = linear)`,
    );
  }
  const batched = results[1];
  // BENCH_SKIP_NAIVE=1 leaves out the slow part while trying changes.
  if (!process.env.BENCH_SKIP_NAIVE) {
    const naive = await loadNaively(10);
    console.log(
      `naive, one query per row, ×10: ${(naive.ms / 1000).toFixed(2)} s, ${Math.round((naive.rows * 1000) / naive.ms)} rows/s`,
    );
    if (batched)
      console.log(`batched is ${(naive.ms / batched.ms).toFixed(1)}× faster than one query per row`);
  }
} finally {
  await driver.close();
  neo4jServer.stop();
}
