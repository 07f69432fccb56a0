import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { cypher, cypherStatements } from '../../cypher/queries.ts';
import {
  documentId,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type PlanGraph,
} from '../../model/graph.ts';
import { NODE_LABELS, showsFullestName } from '../../model/labels.ts';

/** Labels whose entities are shown by the fullest name documents use. */
const FULLEST_LABELS = NODE_LABELS.filter(showsFullestName);

/** Rows per UNWIND batch: large enough to amortise round trips, small enough for a 2 GB heap. */
const BATCH_SIZE = 2_000;

/**
 * How long one document's transaction may take, in ms (INGEST_TIMEOUT_MS, default 15 minutes).
 * A document is one transaction, so its size sets the time; the server's own default limit
 * (60 s on the project's Neo4j) is meant for API queries, and a large document on a server
 * that has just started (cold JIT) can need more.
 */
function ingestTimeoutMs(): number {
  const configured = Number(process.env.INGEST_TIMEOUT_MS ?? '');
  return Number.isFinite(configured) && configured > 0 ? configured : 15 * 60_000;
}

/** Applies `cypher/schema.cypher`; every statement is `IF NOT EXISTS`, so this runs on every start. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    await driver.executeQuery(statement, {}, { database });
  }
  // A new full-text index fills in the background; searches right after a first start wait for it.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  // A graph loaded by an earlier version: each document learns what it supports, once.
  await driver.executeQuery(cypher('record-missing-supports'), {}, { database });
}

/**
 * Evidence is stored on the node or relationship itself as JSON strings with the document
 * first, so one document's share can be removed by prefix without parsing.
 */
export function serializeEvidence(evidence: Evidence): string {
  return JSON.stringify({
    document: evidence.document,
    line: evidence.line,
    ...(evidence.endLine ? { endLine: evidence.endLine } : {}),
    section: evidence.section,
    quote: evidence.quote,
    ...(evidence.page ? { page: evidence.page } : {}),
  });
}

function evidencePrefix(document: string): string {
  return `${JSON.stringify({ document }).slice(0, -1)},`;
}

/**
 * Replaces one document's contribution to the graph in a single transaction: its old
 * evidence is removed, its new facts merged, and entities no document supports any more are
 * deleted. If anything fails, Neo4j rolls the transaction back and the graph is as it was.
 * `isNew`: the graph holds nothing of the document yet (there is nothing to forget).
 */
export async function replaceDocument(
  driver: Driver,
  database: string,
  document: string,
  slice: PlanGraph,
  options: { isNew?: boolean } = {},
): Promise<void> {
  await inDocumentTransaction(driver, database, async (tx) => {
    // A document the graph has never held has nothing to forget (ingest-plan.ts knows).
    const touched = options.isNew
      ? { nodeIds: [], relationshipIds: [] }
      : await forgetDocumentIn(tx, document);
    for (const batch of batches(slice.nodes.map(asNodeRow))) {
      await tx.run(cypher('merge-nodes'), { rows: batch, document });
    }
    for (const batch of batches(slice.edges.map(asRow))) {
      await tx.run(cypher('merge-edges'), { rows: batch, document });
    }
    if (touched.nodeIds.length > 0 || touched.relationshipIds.length > 0) {
      await tx.run(cypher('names-from-claims'), { nodeIds: touched.nodeIds, fullestLabels: FULLEST_LABELS });
      await tx.run(cypher('prune-unsupported'), touched);
    }
    await tx.run(cypher('record-supports'), {
      documentNodeId: documentId(document),
      nodeIds: slice.nodes.map((node) => node.id),
    });
  });
}

/** Removes one document's contribution, in one transaction. */
export async function removeDocument(driver: Driver, database: string, document: string): Promise<void> {
  await inDocumentTransaction(driver, database, async (tx) => {
    const touched = await forgetDocumentIn(tx, document);
    await tx.run(cypher('names-from-claims'), { nodeIds: touched.nodeIds, fullestLabels: FULLEST_LABELS });
    await tx.run(cypher('prune-unsupported'), touched);
  });
}

/** One write transaction with the ingest's own time limit; a timeout is reported in plain words. */
async function inDocumentTransaction(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<void>,
): Promise<void> {
  const timeoutMs = ingestTimeoutMs();
  const session = driver.session({ database });
  const started = performance.now();
  try {
    await session.executeWrite(work, { timeout: timeoutMs });
  } catch (error) {
    // Neo4j ends a transaction past its limit as timed out, or — when the limit strikes while it
    // waits for a lock — as terminated (LockClientStopped): past our own limit, both are the limit.
    const ranOut =
      error instanceof Neo4jError &&
      (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
        (/Terminated|LockClientStopped/u.test(error.code) && performance.now() - started >= timeoutMs));
    if (ranOut) {
      throw new Error(
        `the document's transaction took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`} and was rolled back (nothing of it was written); raise INGEST_TIMEOUT_MS (ms) for larger documents`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await session.close();
  }
}

/** Takes a document's evidence off the graph; returns the elements it touched. */
async function forgetDocumentIn(
  tx: ManagedTransaction,
  document: string,
): Promise<{ nodeIds: string[]; relationshipIds: string[] }> {
  const result = await tx.run(cypher('forget-document'), {
    document,
    documentNodeId: documentId(document),
    evidencePrefix: evidencePrefix(document),
    claimPrefix: `${document}/`,
  });
  const record = result.records[0];
  return {
    nodeIds: (record?.get('nodeIds') as string[] | undefined) ?? [],
    relationshipIds: (record?.get('relationshipIds') as string[] | undefined) ?? [],
  };
}

/** What the graph holds of a document: the version of the file and of the extractor that read it. */
export interface StoredDocument {
  file: string;
  sha256: string | null;
  extractorVersion: string | null;
  /** Absolute path the file was read from; null for documents loaded before paths were kept. */
  source: string | null;
}

export async function storedDocuments(
  driver: Driver,
  database: string,
): Promise<Map<string, StoredDocument>> {
  const result = await driver.executeQuery(cypher('document-versions'), {}, { database, routing: 'READ' });
  return new Map(
    result.records.map((record) => {
      const stored = record.toObject() as unknown as StoredDocument;
      return [stored.file, stored];
    }),
  );
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const result = await driver.executeQuery(cypher('graph-counts'), {}, { database, routing: 'READ' });
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const record of result.records) {
    const bucket = record.get('element') === 'node' ? counts.nodes : counts.relationships;
    bucket[record.get('kind') as string] = Number(record.get('count'));
  }
  return counts;
}

/** A node or relationship as an UNWIND row: as it is, with its evidence serialized and sorted as stored. */
export function asRow<Element extends GraphNode | GraphEdge>(element: Element) {
  return { ...element, evidence: element.evidence.map(serializeEvidence).sort() };
}

/** A node as an UNWIND row, saying whether the fullest name any load gives it wins. */
export function asNodeRow(node: GraphNode) {
  return { ...asRow(node), fullestName: showsFullestName(node.label) };
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    yield rows.slice(start, start + BATCH_SIZE);
  }
}
