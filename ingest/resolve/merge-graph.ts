import type { Evidence, GraphEdge, GraphNode, PlanGraph } from '../../model/graph.ts';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * Joins what several documents say into one graph: one node per id and one edge per id,
 * evidence and aliases united. The output is sorted, so the same input gives the same graph.
 */
export function mergeGraph(
  parts: Iterable<{ nodes: GraphNode[]; edges: GraphEdge[] }>,
  diagnostics: Diagnostic[] = [],
): PlanGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const node of part.nodes) {
      const known = nodes.get(node.id);
      if (known) reportConflicts(known, node, diagnostics);
      const merged = mergeElement(known, node);
      merged.aliases = unique([...merged.aliases, ...node.aliases]).filter((alias) => alias !== merged.name);
      nodes.set(node.id, merged);
    }
    for (const edge of part.edges) edges.set(edge.id, mergeElement(edges.get(edge.id), edge));
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}

/** Two documents that give one entity different values of a property: worth a look. */
function reportConflicts(known: GraphNode, next: GraphNode, diagnostics: Diagnostic[]): void {
  for (const [key, value] of Object.entries(next.properties)) {
    const before = known.properties[key];
    if (
      value === null ||
      before === undefined ||
      before === null ||
      JSON.stringify(before) === JSON.stringify(value)
    )
      continue;
    const where = next.evidence[0];
    diagnostics.push({
      file: where?.document ?? '',
      line: where?.line ?? 0,
      severity: 'info',
      rule: 'conflict',
      message: `${known.name}: ${key} is "${String(value)}" here but "${String(before)}" in ${known.evidence[0]?.document ?? 'another document'} (kept)`,
    });
  }
}

/** What two documents say of one element: the first one's properties win, evidence is united. */
function mergeElement<Element extends GraphNode | GraphEdge>(
  known: Element | undefined,
  next: Element,
): Element {
  if (!known) return { ...next, evidence: uniqueEvidence(next.evidence) };
  return {
    ...known,
    properties: { ...next.properties, ...known.properties },
    evidence: uniqueEvidence([...known.evidence, ...next.evidence]),
  };
}

/** The part of a graph one document supports, with only that document's evidence. */
export function documentSlice(graph: PlanGraph, document: string): PlanGraph {
  const fromDocument = (evidence: Evidence[]) => evidence.filter((e) => e.document === document);
  const edges = graph.edges
    .map((edge) => ({ ...edge, evidence: fromDocument(edge.evidence) }))
    .filter((edge) => edge.evidence.length > 0);
  const edgeEvidenceByNode = new Map<string, Evidence[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      edgeEvidenceByNode.set(end, [...(edgeEvidenceByNode.get(end) ?? []), ...edge.evidence]);
    }
  }
  // A relationship's ends are supported by the document that states the relationship: its quote
  // names them. So a document's slice holds both ends, and removing it later removes its share.
  const nodes = graph.nodes
    .map((node) => {
      const own = fromDocument(node.evidence);
      const viaEdges = own.length > 0 ? [] : (edgeEvidenceByNode.get(node.id) ?? []).slice(0, 1);
      return { ...node, evidence: [...own, ...viaEdges] };
    })
    .filter((node) => node.evidence.length > 0);
  return { nodes, edges };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const key = `${e.document}\u0000${e.line}\u0000${e.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.line - b.line));
}
