import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, type QueryName } from '../cypher/queries.ts';
import { QUERY_TIMEOUT_MS } from './limits.ts';

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
    private readonly timeoutMs = QUERY_TIMEOUT_MS,
  ) {}

  async read(name: QueryName, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery(cypher(name), asCypherValues(parameters), {
      database: this.database,
      routing: 'READ',
      transactionConfig: { timeout: this.timeoutMs },
    });
    return result.records.map((record) => record.toObject());
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
