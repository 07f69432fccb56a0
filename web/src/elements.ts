/** API values → Cytoscape element definitions, and back (for the JSON export). */
import type { ElementDefinition } from 'cytoscape';
import type {
  Evidence,
  GraphEdge,
  GraphNode,
  NodeLabel,
  PlanGraph,
  RelationshipType,
} from '../../model/graph.ts';
import type { ApiEdge, ApiNode } from './queries.ts';
import { edgeCaption } from './visual-language.ts';

/** What a node carries in `data`. */
export interface NodeData {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  sources: string[];
}

/** What an edge carries in `data`. */
export interface EdgeData {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  caption: string;
  evidence: Evidence[];
  sources: string[];
  properties: Record<string, string>;
}

export function nodeElement(node: ApiNode): ElementDefinition & { data: NodeData } {
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
  for (const key of ['role', 'zone', 'cue'] as const) {
    const value = edge[key];
    if (value) properties[key] = value;
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
  readonly nodes = new Map<string, ApiNode>();
  readonly edges = new Map<string, ApiEdge>();

  addNode(node: ApiNode): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return this;
  }

  addEdge(edge: ApiEdge, ...ends: ApiNode[]): this {
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
