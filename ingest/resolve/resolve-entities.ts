import type { GraphNode, PlanGraph } from '../../model/graph.ts';
import { showsFullestName } from '../../model/labels.ts';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * After merging, one node stands for each entity across documents (ids are built so that
 * 洪江高新区 and 洪江高新技术产业开发区 share one). This stage picks the display name of entities
 * documents name in several forms — the fullest form — and keeps the others as aliases; the
 * loader applies the same rule across loads (merge-nodes.cypher). (Properties the documents
 * disagree on are reported by mergeGraph.)
 */
export function resolveEntities(graph: PlanGraph): { graph: PlanGraph; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const nodes = graph.nodes.map((node) =>
    showsFullestName(node.label) ? fullestName(node) : { ...node, aliases: [...node.aliases].sort() },
  );
  return { graph: { nodes, edges: graph.edges }, diagnostics };
}

function fullestName(node: GraphNode): GraphNode {
  const names = [node.name, ...node.aliases];
  // Ties go to the smaller string by code point, as merge-nodes.cypher compares them.
  const fullest =
    [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? node.name;
  return { ...node, name: fullest, aliases: names.filter((name) => name !== fullest).sort() };
}
