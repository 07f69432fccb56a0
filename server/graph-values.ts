import type { Evidence } from '../model/graph.ts';
import type { EdgeSummary, NodeSummary } from '../model/summaries.ts';
import type { EdgeRow, StoredNode, StoredRelationship } from './query-rows.ts';
import { EDGE_KEYS, NODE_KEYS } from './returned-properties.ts';

/**
 * Values as the resolvers hand them to GraphQL, made from what the named queries return.
 * Evidence is stored as JSON strings (see docs/architecture.md) and becomes objects here; it is
 * empty when the query was asked to leave it out (nobody selected it).
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
 * Copies the values a query returned into `target`, by their keys' positions (missing
 * properties left out). After the base keys come the sources and the evidence, null when not
 * asked for (returned-properties.ts); the evidence is parsed here, as the query returns it only
 * when the request selects it.
 */
function readValues(
  target: Record<string, unknown>,
  values: readonly unknown[],
  keys: readonly string[],
  document?: string | null,
): { sources: string[]; evidence: Evidence[] } {
  for (let index = 0; index < keys.length; index += 1) {
    const value = values[index];
    if (value !== null && value !== undefined) target[keys[index] as string] = value;
  }
  const sources = (values[keys.length] as string[] | null | undefined) ?? [];
  const evidence = parseEvidence(values[keys.length + 1] as string[] | null | undefined);
  return { sources, evidence: document ? evidence.filter((e) => e.document === document) : evidence };
}

export function toNode(stored: StoredNode): NodeValue {
  const node = {} as NodeValue;
  const { sources, evidence } = readValues(node, stored.values, NODE_KEYS);
  node.id = String(node.id);
  node.label = stored.label;
  node.name = String(node.name ?? '');
  node.aliases ??= [];
  node.sources = sources;
  node.evidence = evidence;
  return node;
}

/** A relationship with both of its ends; with `document`, only the evidence from that document. */
export function toEdge(
  relationship: StoredRelationship,
  source: NodeValue,
  target: NodeValue,
  document?: string | null,
): EdgeValue {
  const edge = {} as EdgeValue;
  const { sources, evidence } = readValues(edge, relationship.values, EDGE_KEYS, document);
  edge.id = String(edge.id);
  edge.type = relationship.type;
  edge.sources = sources;
  edge.evidence = evidence;
  edge.sourceId = source.id;
  edge.targetId = target.id;
  edge.sourceNode = source;
  edge.targetNode = target;
  return edge;
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
