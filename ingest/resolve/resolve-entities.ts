import type { GraphNode, PlanGraph } from '../../model/graph.ts';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * After merging, one node stands for each entity across documents (ids are built so that
 * 洪江高新区 and 洪江高新技术产业开发区 share one). This stage picks each park's display name —
 * the fullest form any document uses — and keeps the others as aliases. (Properties the
 * documents disagree on are reported by mergeGraph.)
 */
export function resolveEntities(graph: PlanGraph): { graph: PlanGraph; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const nodes = graph.nodes.map((node) =>
    node.label === 'Park' ? fullestName(node) : { ...node, aliases: [...node.aliases].sort() },
  );
  return { graph: { nodes, edges: graph.edges }, diagnostics };
}

function fullestName(node: GraphNode): GraphNode {
  const names = [node.name, ...node.aliases];
  const fullest = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? node.name;
  return { ...node, name: fullest, aliases: names.filter((name) => name !== fullest).sort() };
}
