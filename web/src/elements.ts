/** API values → Cytoscape element definitions, and back (for the JSON export). */
import type { ElementDefinition } from 'cytoscape';
import type { Evidence, GraphEdge, GraphNode, PlanGraph } from '../../model/graph.ts';
import { type RelationshipType, relationshipProperties } from '../../model/relationships.ts';
import type { NodeSummary } from '../../model/summaries.ts';
import type { ApiEdge, RelationshipPropertyName } from './queries.ts';
import { edgeCaption } from './visual-language.ts';

/** What a node carries in `data`: its summary, as the API sends it. */
export type NodeData = NodeSummary;

/** What an edge carries in `data`. */
export interface EdgeData {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  caption: string;
  evidence: Evidence[];
  sources: string[];
  /** The properties of its type that it has (role, zone…), as text. */
  properties: Record<string, string>;
}

export function nodeElement(node: NodeSummary): ElementDefinition & { data: NodeData } {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      name: node.name,
      aliases: node.aliases,
      evidence: node.evidence,
      sources: node.sources,
    },
  };
}

export function edgeElement(edge: ApiEdge): ElementDefinition & { data: EdgeData } {
  const properties: Record<string, string> = {};
  for (const [name] of relationshipProperties(edge.type)) {
    const value = edge[name as RelationshipPropertyName];
    if (value) properties[name] = value;
  }
  return {
    group: 'edges',
    data: {
      id: edge.id,
      type: edge.type,
      source: edge.sourceId,
      target: edge.targetId,
      caption: edgeCaption(edge.type, edge),
      evidence: edge.evidence,
      sources: edge.sources,
      properties,
    },
  };
}

/** Nodes and edges collected from answers, each id once, edges only when both ends are there. */
export class ElementSet {
  readonly nodes = new Map<string, NodeSummary>();
  readonly edges = new Map<string, ApiEdge>();

  addNode(node: NodeSummary): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return this;
  }

  addEdge(edge: ApiEdge, ...ends: NodeSummary[]): this {
    for (const end of ends) this.addNode(end);
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
    return this;
  }

  elements(): ElementDefinition[] {
    return [
      ...[...this.nodes.values()].map(nodeElement),
      ...[...this.edges.values()]
        .filter((edge) => this.nodes.has(edge.sourceId) && this.nodes.has(edge.targetId))
        .map(edgeElement),
    ];
  }
}

/** The drawn graph in the project's graph-document format (docs/graph-format.md). */
export function planGraphOf(nodes: NodeData[], edges: EdgeData[]): PlanGraph {
  return {
    nodes: nodes.map(
      (node): GraphNode => ({
        id: node.id,
        label: node.label,
        name: node.name,
        aliases: node.aliases,
        properties: {},
        evidence: node.evidence,
      }),
    ),
    edges: edges.map(
      (edge): GraphEdge => ({
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        properties: edge.properties,
        evidence: edge.evidence,
      }),
    ),
  };
}
