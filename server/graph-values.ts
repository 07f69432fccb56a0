import type { Evidence } from '../model/graph.ts';
import type { EdgeSummary, NodeSummary } from '../model/summaries.ts';
import type { EdgeRow, StoredNode, StoredRelationship } from './query-rows.ts';
import { EDGE_KEYS, NODE_KEYS } from './returned-properties.ts';

/**
 * Values as the resolvers hand them to GraphQL, made from what the named queries return.
 * Evidence is stored as JSON strings (see docs/architecture.md) and becomes objects here, on
 * first read; it is empty when the query was asked to leave it out (nobody selected it).
 */
export interface NodeValue extends NodeSummary {
  [property: string]: unknown;
}

export interface EdgeValue extends EdgeSummary {
  /** Its two ends (named so that no relationship property, such as PART_OF's source, hides them). */
  sourceNode: NodeValue;
  targetNode: NodeValue;
  [property: string]: unknown;
}

export function parseEvidence(stored: string[] | null | undefined): Evidence[] {
  if (!stored) return [];
  return stored.map((item) => JSON.parse(item) as Evidence);
}

/**
 * Gives `value` an `evidence` property parsed from the stored JSON strings when first read:
 * most answers carry many entities whose evidence the query does not ask for.
 */
function withLazyEvidence<T extends object>(
  value: T,
  stored: string[] | null | undefined,
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

/**
 * The values a query returned as a property map (missing properties left out); evidence
 * apart. After the base keys come the sources and the evidence, null when not asked for
 * (returned-properties.ts).
 */
function propertiesOf(values: unknown[], keys: readonly string[]) {
  const properties: Record<string, unknown> = {};
  keys.forEach((key, index) => {
    const value = values[index];
    if (value !== null && value !== undefined) properties[key] = value;
  });
  const sources = values[keys.length];
  if (sources !== null && sources !== undefined) properties.sources = sources;
  const evidence = (values[keys.length + 1] as string[] | null | undefined) ?? null;
  return { properties, evidence };
}

export function toNode(stored: StoredNode): NodeValue {
  const { properties, evidence } = propertiesOf(stored.values, NODE_KEYS);
  return withLazyEvidence(
    {
      ...properties,
      id: String(properties.id),
      label: stored.label,
      name: String(properties.name ?? ''),
      aliases: (properties.aliases as string[] | undefined) ?? [],
      sources: (properties.sources as string[] | undefined) ?? [],
    },
    evidence,
  );
}

/** A relationship with both of its ends; with `document`, only the evidence from that document. */
export function toEdge(
  relationship: StoredRelationship,
  source: NodeValue,
  target: NodeValue,
  document?: string | null,
): EdgeValue {
  const { properties, evidence } = propertiesOf(relationship.values, EDGE_KEYS);
  return withLazyEvidence(
    {
      ...properties,
      id: String(properties.id),
      type: relationship.type,
      sources: (properties.sources as string[] | undefined) ?? [],
      sourceId: source.id,
      targetId: target.id,
      sourceNode: source,
      targetNode: target,
    },
    evidence,
    document,
  );
}

export function edgeFromRow(row: EdgeRow, document?: string | null): EdgeValue {
  return toEdge(row.relationship, toNode(row.source), toNode(row.target), document);
}

/** Nodes and the relationships among them, as the subgraph and path queries return them. */
export function toGraph(
  storedNodes: StoredNode[],
  storedEdges: StoredRelationship[],
): { nodes: NodeValue[]; edges: EdgeValue[] } {
  const nodes = new Map(storedNodes.map((stored) => toNode(stored)).map((node) => [node.id, node]));
  const edges: EdgeValue[] = [];
  for (const stored of storedEdges) {
    const source = nodes.get(stored.sourceId ?? '');
    const target = nodes.get(stored.targetId ?? '');
    if (source && target) edges.push(toEdge(stored, source, target));
  }
  return { nodes: [...nodes.values()], edges };
}
