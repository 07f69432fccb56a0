import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../cypher/queries.ts';
import { QUERY_TIMEOUT_MS } from './limits.ts';
import type { QueryRows, ReadQueryName } from './query-rows.ts';

type Rows = readonly object[];

export interface GraphStoreOptions {
  /**
   * How long an answer may be reused at most, in ms. 0 (the default) reuses nothing but the
   * answer of an identical query already on its way. Reused answers are dropped as soon as the
   * graph changes (see graphCheckMs), so this bounds only what the fingerprint cannot see.
   */
  answerCacheMs?: number;
  /**
   * While answers are reused: how often, at most, the store reads the graph's fingerprint
   * (cypher/graph-version.cypher) to notice an ingest, in ms (default 1,000). Looked at only
   * when requests come, never in the background.
   */
  graphCheckMs?: number;
  /** Whether identical queries asked at the same time share one round trip (default true). */
  shareQueriesInFlight?: boolean;
  timeoutMs?: number;
}

/**
 * Read access to the graph for the API: every query is a named `.cypher` file run read-only
 * with a timeout, with values passed as parameters. Identical queries asked at the same time
 * share one round trip (many viewers opening the same view), and answers may be kept for
 * answerCacheMs — but only while the graph stays as it was: the graph changes only when
 * documents are ingested, and the fingerprint tells when that happened. Keeping answers until
 * then, rather than for a short fixed time, spares the burst of identical recomputations that
 * every expiry causes under load.
 */
export class GraphStore {
  /** Round trips to Neo4j since start; tests use it to show a request costs a bounded number. */
  roundTrips = 0;
  /** The same, per named query. */
  readonly roundTripsByQuery = new Map<ReadQueryName, number>();
  private readonly inFlight = new Map<string, Promise<Rows>>();
  /** Answers kept for answerCacheMs; none when it is 0. */
  private readonly answers: LRUCache<string, Rows> | undefined;
  /** Values made from rows, dropped with the rows (see convertOnce). */
  private readonly converted = new WeakMap<Rows, Map<unknown, unknown>>();
  private readonly timeoutMs: number;
  private readonly shareQueriesInFlight: boolean;
  private readonly graphCheckMs: number;
  /** The graph's fingerprint when last read ('' before the first reading); part of kept answers' keys. */
  private graphVersion = '';
  private graphCheckedAt = Number.NEGATIVE_INFINITY;
  private graphCheck: Promise<void> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    options: GraphStoreOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? QUERY_TIMEOUT_MS;
    this.shareQueriesInFlight = options.shareQueriesInFlight ?? true;
    this.graphCheckMs = options.graphCheckMs ?? 1_000;
    const ttl = options.answerCacheMs ?? 0;
    this.answers = ttl > 0 ? new LRUCache({ max: 5_000, ttl }) : undefined;
  }

  /** The rows of a named query. Callers share them: they must not change them. */
  async read<N extends ReadQueryName>(
    name: N,
    parameters: Record<string, unknown> = {},
  ): Promise<QueryRows[N][]> {
    return (await this.readRows(name, parameters)) as QueryRows[N][];
  }

  private async readRows(name: ReadQueryName, parameters: Record<string, unknown>): Promise<Rows> {
    // Nothing kept, nothing shared: no key to make.
    if (!this.answers && !this.shareQueriesInFlight) return this.query(name, parameters);
    // An answer made before the graph changed is never read again: its key names the old graph.
    const key = `${await this.currentGraphVersion()}\u0000${name}\u0000${JSON.stringify(parameters)}`;
    const kept = this.answers?.get(key);
    if (kept) return kept;
    if (!this.shareQueriesInFlight) return this.query(name, parameters);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.query(name, parameters).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
      // Failures are not kept: the next request asks again.
      pending.then((rows) => this.answers?.set(key, rows)).catch(() => undefined);
    }
    return pending;
  }

  /**
   * The graph's fingerprint as last read. Reads it anew when
   * the last reading is older than graphCheckMs, waiting only for the very first one; when it
   * has changed, the kept answers are dropped. So an ingest shows in answers within about
   * graphCheckMs.
   */
  async currentGraphVersion(): Promise<string> {
    const now = performance.now();
    if (!this.graphCheck && now - this.graphCheckedAt >= this.graphCheckMs) {
      this.graphCheckedAt = now;
      this.graphCheck = this.query('graph-version', {})
        .then((rows) => {
          // A digest: the fingerprint lists every document, and the version is part of the key
          // of every kept answer (a thousand documents made each key 100 kB to build and hash).
          const version = createHash('sha256')
            .update(JSON.stringify(rows[0] ?? null))
            .digest('base64url');
          if (version === this.graphVersion) return;
          this.graphVersion = version;
          this.answers?.clear();
        })
        // Neo4j unreachable: answers already kept stay valid as far as anyone can tell.
        .catch(() => undefined)
        .finally(() => {
          this.graphCheck = undefined;
        });
    }
    if (this.graphVersion === '' && this.graphCheck) await this.graphCheck;
    return this.graphVersion;
  }

  /**
   * `convert(rows)`, made once for as long as the rows themselves are reused (see
   * `answerCacheMs`), so a reused answer is not turned into GraphQL values again for every
   * request. `convert` must be a module-level function: its identity is part of the key.
   * Callers share the result: they must not change it.
   */
  convertOnce<R extends Rows, T>(rows: R, convert: (rows: R) => T): T {
    let byConverter = this.converted.get(rows);
    if (!byConverter) {
      byConverter = new Map();
      this.converted.set(rows, byConverter);
    }
    if (!byConverter.has(convert)) byConverter.set(convert, convert(rows));
    return byConverter.get(convert) as T;
  }

  private async query(name: ReadQueryName, parameters: Record<string, unknown>): Promise<Rows> {
    this.roundTrips += 1;
    this.roundTripsByQuery.set(name, (this.roundTripsByQuery.get(name) ?? 0) + 1);
    // An auto-commit query in a READ session: Neo4j refuses any write in it, and it costs one
    // network round trip where a managed transaction costs two (BEGIN+RUN+PULL, then COMMIT).
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await withoutStackTrace(() =>
        session.run(cypher(name), asCypherValues(parameters), { timeout: this.timeoutMs }),
      );
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }
}

/**
 * Runs `start` without recording stack traces. neo4j-driver records one with every query it
 * starts, to show where a failed query came from; here that is always GraphStore.query, and
 * taking and formatting the trace through Apollo's and the resolvers' frames cost more of the
 * served API's time than GraphQL's execution of a small answer (measured in a CPU profile).
 * The query runs as before; only its start is synchronous, and only that is affected.
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * JavaScript numbers reach Cypher as floats, and LIMIT, SKIP and list slices refuse floats:
 * whole numbers go as Cypher integers.
 */
function asCypherValues<T>(value: T): T {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value) as T;
  if (Array.isArray(value)) return value.map(asCypherValues) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asCypherValues(item)])) as T;
  }
  return value;
}
