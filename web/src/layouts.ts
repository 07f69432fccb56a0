/**
 * The two layouts a person can switch between, and the incremental placement used when a
 * node is expanded (new nodes start on a ring around their parent, existing nodes stay put).
 */
import cytoscape, { type Core, type NodeCollection, type NodeSingular, type Position } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { NodeLabel } from '../../model/labels.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

export const LAYOUTS = {
  fcose: '力导向 Force (fcose)',
  hierarchy: '层级 Hierarchy (dagre)',
} as const;
export type LayoutName = keyof typeof LAYOUTS;

export function isLayoutName(value: string | null | undefined): value is LayoutName {
  return value !== null && value !== undefined && value in LAYOUTS;
}

/** Above this many nodes, fcose skips its slower refinement and label sizes. */
export const LARGE_GRAPH = 300;
/** Above this many nodes, layouts jump instead of animating. */
const ANIMATED_GRAPH = 150;
/** dagre needs memory and time that grow fast: above this, the hierarchy falls back to fcose. */
export const HIERARCHY_LIMIT = 1000;

const ANIMATION_MS = 450;

/** Rank of each label in the hierarchy: region → park → industry → project; others below them. */
const RANK: Partial<Record<NodeLabel, number>> = {
  Document: 0,
  Region: 1,
  Goal: 2,
  Park: 2,
  Industry: 3,
  Project: 4,
};
const UNRANKED = 5;

/**
 * Runs a layout over the visible elements; `fixed` nodes keep their positions (pinned nodes
 * always do). Resolves when the layout (and its animation) has finished.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  options: { fixed?: NodeCollection; fit?: boolean; animate?: boolean } = {},
): Promise<void> {
  const elements = cy.elements().not('.filtered');
  const nodes = elements.nodes();
  const large = nodes.length > LARGE_GRAPH;
  const animate = (options.animate ?? true) && nodes.length <= ANIMATED_GRAPH;
  if (name === 'hierarchy' && nodes.length > HIERARCHY_LIMIT) name = 'fcose';
  const fixed = (options.fixed ?? cy.collection()).union(cy.nodes('.pinned')).intersection(nodes).nodes();
  if (nodes.length === 0) return;
  if (name === 'fcose') {
    const incremental = fixed.length > 0;
    const layoutOptions: FcoseLayoutOptions = {
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: !incremental,
      animate,
      animationDuration: ANIMATION_MS,
      fit: options.fit ?? true,
      padding: 40,
      nodeDimensionsIncludeLabels: !large,
      nodeRepulsion: () => 16000,
      idealEdgeLength: () => 130,
      edgeElasticity: () => 0.35,
      numIter: large ? 1200 : 2500,
      fixedNodeConstraint: fixed.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
    };
    if (!incremental) return finished(elements.layout(layoutOptions));
    // fcose keeps fixed nodes in place relative to each other but may shift the whole drawing:
    // compute without animation, shift back so fixed nodes are exactly where they were, then
    // animate the other nodes from where they started to there.
    const start = new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
    await finished(elements.layout({ ...layoutOptions, animate: false, fit: false } as FcoseLayoutOptions));
    const first = fixed.first();
    const was = start.get(first.id()) ?? first.position();
    const shift = { x: was.x - first.position().x, y: was.y - first.position().y };
    const end = new Map(
      nodes.map((node) => [node.id(), { x: node.position().x + shift.x, y: node.position().y + shift.y }]),
    );
    nodes.positions((node) => start.get(node.id()) ?? node.position());
    return finished(
      nodes.layout({
        name: 'preset',
        positions: (node: NodeSingular) => end.get(node.id()) ?? node.position(),
        animate,
        animationDuration: ANIMATION_MS,
        fit: options.fit ?? true,
        padding: 40,
      } as cytoscape.LayoutOptions),
    );
  }
  // dagre ranks nodes along edge directions, but relationships point both ways in the
  // hierarchy (Park LOCATED_IN Region, Park HOSTS Industry): it is given helper edges that
  // point from the broader label to the narrower one, removed as soon as positions are computed.
  const helpers = cy.add(
    elements.edges().map((edge) => {
      const [from, to] = hierarchyOrder(edge.source(), edge.target(), edge.data('type') as string);
      return {
        group: 'edges' as const,
        classes: 'layout-helper',
        data: { id: `helper:${edge.id()}`, source: from.id(), target: to.id(), caption: '' },
      };
    }),
  );
  const layout = nodes.union(helpers).layout({
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 18,
    rankSep: 70,
    // network-simplex gives the tidiest ranks but its cost grows fast; on a large drawing the
    // longest-path ranker (ranks as deep as the longest chain) is several times cheaper.
    ranker: large ? 'longest-path' : 'network-simplex',
    nodeDimensionsIncludeLabels: !large,
    animate,
    animationDuration: ANIMATION_MS,
    fit: options.fit ?? true,
    padding: 30,
  } as cytoscape.LayoutOptions);
  const done = finished(layout);
  cy.remove(helpers);
  return done;
}

/** Runs a layout; resolves when it has stopped (after its animation). */
function finished(layout: cytoscape.Layouts): Promise<void> {
  const stopped = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return stopped;
}

function hierarchyOrder(
  source: NodeSingular,
  target: NodeSingular,
  type: string,
): [NodeSingular, NodeSingular] {
  const sourceRank = RANK[source.data('label') as NodeLabel] ?? UNRANKED;
  const targetRank = RANK[target.data('label') as NodeLabel] ?? UNRANKED;
  // PART_OF points from the part to the whole: the whole goes above.
  if (sourceRank === targetRank) return type === 'PART_OF' ? [target, source] : [source, target];
  return sourceRank < targetRank ? [source, target] : [target, source];
}

/** Positions on a ring around `center` for `count` new nodes, on the side facing away from `away`. */
export function ringAround(center: Position, count: number, away: Position | null): Position[] {
  const radius = 100 + Math.min(count, 60) * 5;
  if (!away || (away.x === center.x && away.y === center.y)) {
    return Array.from({ length: count }, (_, i) => {
      const angle = (2 * Math.PI * i) / count;
      return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
    });
  }
  const facing = Math.atan2(center.y - away.y, center.x - away.x);
  const spread = count < 4 ? Math.PI / 2 : Math.PI * 1.3;
  return Array.from({ length: count }, (_, i) => {
    const angle = count === 1 ? facing : facing - spread / 2 + (spread * i) / (count - 1);
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}
