import type { Evidence, GraphEdge, GraphNode, Properties } from '../../model/graph.ts';
import { edgeId } from '../../model/graph.ts';
import { mentionsPerDocument, type NodeLabel } from '../../model/labels.ts';
import type { RelationshipType } from '../../model/relationships.ts';

/**
 * Most mentions kept as evidence per relationship and document: enough to check, not a
 * concordance. An element a thousand documents state carries this many per document, and its
 * lists are rewritten whenever a document is loaded: 8 made loading a thousand documents write
 * 70 GB of transaction log. Entities keep what their label says (mentionsPerDocument).
 */
const EVIDENCE_PER_DOCUMENT = 3;

/**
 * Collects what one document's extractors find: repeated mentions of the same node or edge
 * add evidence (up to a cap) instead of duplicates. Nothing is added without evidence.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  addNode(node: {
    id: string;
    label: NodeLabel;
    name: string;
    aliases?: string[];
    properties?: Properties;
    evidence: Evidence;
  }): void {
    const known = this.nodes.get(node.id);
    if (!known) {
      this.nodes.set(node.id, {
        id: node.id,
        label: node.label,
        name: node.name,
        aliases: [...new Set(node.aliases ?? [])].filter((alias) => alias !== node.name),
        properties: node.properties ?? {},
        evidence: [node.evidence],
      });
      return;
    }
    // Another name for the same entity (洪江市高新区 for 洪江高新区) is one the documents use: an
    // alias. Not for goals: a goal's name is its indicator, and rows read as one goal are not
    // other names of it.
    const names = node.label === 'Goal' ? [] : [node.name];
    for (const alias of [...names, ...(node.aliases ?? [])]) {
      if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
    }
    known.properties = { ...node.properties, ...known.properties };
    addEvidence(known.evidence, node.evidence, mentionsPerDocument(known.label));
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addEdge(edge: {
    type: RelationshipType;
    source: string;
    target: string;
    qualifier?: string;
    properties?: Properties;
    evidence: Evidence;
  }): void {
    if (edge.source === edge.target) return;
    const id = edgeId(edge.type, edge.source, edge.target, edge.qualifier);
    const known = this.edges.get(id);
    if (!known) {
      this.edges.set(id, {
        id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        properties: edge.properties ?? {},
        evidence: [edge.evidence],
      });
      return;
    }
    known.properties = { ...edge.properties, ...known.properties };
    addEvidence(known.evidence, edge.evidence, EVIDENCE_PER_DOCUMENT);
  }

  build(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

function addEvidence(list: Evidence[], evidence: Evidence, perDocument: number): void {
  const same = list.some(
    (e) => e.document === evidence.document && e.line === evidence.line && e.quote === evidence.quote,
  );
  const fromDocument = list.filter((e) => e.document === evidence.document).length;
  if (!same && fromDocument < perDocument) list.push(evidence);
}
