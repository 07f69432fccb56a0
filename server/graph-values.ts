import type { Evidence, NodeLabel, RelationshipType } from '../model/graph.ts';

/**
 * Values as the resolvers hand them to GraphQL, made from what the named queries return
 * (property maps with a `label` or `type` added). Evidence is stored as JSON strings (see
 * docs/architecture.md) and becomes objects here, once, for every query.
 */
export interface NodeValue {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  sources: string[];
  [property: string]: unknown;
}

export interface EdgeValue {
  id: string;
  type: RelationshipType;
  evidence: Evidence[];
  sources: string[];
  sourceId: string;
  targetId: string;
  source: NodeValue;
  target: NodeValue;
  [property: string]: unknown;
}

export type StoredMap = Record<string, unknown>;

export function parseEvidence(stored: unknown): Evidence[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((item) => JSON.parse(String(item)) as Evidence);
}

/**
 * Gives `value` an `evidence` property parsed from the stored JSON strings when first read:
 * most answers carry many entities whose evidence the query does not ask for.
 */
function withLazyEvidence<T extends object>(
  value: T,
  stored: unknown,
  document?: string | null,
): T & { evidence: Evidence[] } {
  let parsed: Evidence[] | undefined;
  return Object.defineProperty(value, 'evidence', {
    enumerable: true,
    get() {
      if (!parsed) {
        const all = parseEvidence(stored);
        parsed = document ? all.filter((e) => e.document === document) : all;
      }
      return parsed;
    },
  }) as T & { evidence: Evidence[] };
}

export function toNode(stored: StoredMap): NodeValue {
  const { sourcesKey: _sourcesKey, evidence, ...properties } = stored;
  return withLazyEvidence(
    {
      ...properties,
      id: String(stored.id),
      label: stored.label as NodeLabel,
      name: String(stored.name ?? ''),
      aliases: (stored.aliases as string[] | undefined) ?? [],
      sources: (stored.sources as string[] | undefined) ?? [],
    },
    evidence,
  );
}

/** A relationship with both of its ends; with `document`, only the evidence from that document. */
export function toEdge(
  relationship: StoredMap,
  source: NodeValue,
  target: NodeValue,
  document?: string | null,
): EdgeValue {
  const { evidence, ...properties } = relationship;
  return withLazyEvidence(
    {
      ...properties,
      id: String(relationship.id),
      type: relationship.type as RelationshipType,
      sources: (relationship.sources as string[] | undefined) ?? [],
      sourceId: source.id,
      targetId: target.id,
      source,
      target,
    },
    evidence,
    document,
  );
}

/** A row of the form `{relationship, source, target}` that several named queries return. */
export function edgeFromRow(row: StoredMap, document?: string | null): EdgeValue {
  return toEdge(
    row.relationship as StoredMap,
    toNode(row.source as StoredMap),
    toNode(row.target as StoredMap),
    document,
  );
}

/** Nodes and the relationships among them, as the subgraph and path queries return them. */
export function toGraph(
  storedNodes: StoredMap[],
  storedEdges: StoredMap[],
): { nodes: NodeValue[]; edges: EdgeValue[] } {
  const nodes = new Map(storedNodes.map((stored) => [String(stored.id), toNode(stored)]));
  const edges: EdgeValue[] = [];
  for (const stored of storedEdges) {
    const source = nodes.get(String(stored.sourceId));
    const target = nodes.get(String(stored.targetId));
    if (source && target) edges.push(toEdge(stored, source, target));
  }
  return { nodes: [...nodes.values()], edges };
}
