import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/**
 * A checksum of the whole graph: every node's labels and properties and every relationship's
 * type, ends and properties, in a fixed order, with map keys sorted.
 */
export async function graphChecksum(
  driver: Driver,
  database: string,
): Promise<{ checksum: string; nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties ORDER BY r.id, a.id, b.id',
    {},
    { database },
  );
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...relationships.records])
    hash.update(`${stableJson(record.toObject())}\n`);
  return {
    checksum: hash.digest('hex'),
    nodes: nodes.records.length,
    relationships: relationships.records.length,
  };
}

/** JSON with object keys sorted, so equal maps compare equal whatever order the server sent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}
