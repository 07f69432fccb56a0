import type { Driver } from 'neo4j-driver';
import { cypher, type QueryName } from '../cypher/queries.ts';
import type { Evidence } from '../ingest/model.ts';

/**
 * Read access to the graph for the API: every query is a named `.cypher` file run in a
 * read transaction with a timeout, with values passed as parameters.
 */
export class GraphStore {
  /** Round trips to Neo4j since start; tests use it to show a request costs a bounded number. */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async read(name: QueryName, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery(cypher(name), parameters, {
      database: this.database,
      routing: 'READ',
      transactionConfig: { timeout: this.timeoutMs },
    });
    return result.records.map((record) => record.toObject());
  }
}

/** Evidence is stored as JSON strings (see ingest/load-graph.ts); the API returns it as objects. */
export function parseEvidence(stored: unknown): Evidence[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((item) => JSON.parse(String(item)) as Evidence);
}
