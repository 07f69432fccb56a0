/**
 * Growing and pruning the drawing, one entity at a time: place a searched entity, expand a
 * node's neighbourhood (double-click or the details panel) — by kind, or a kind folded into a
 * box that opens on demand, when it is large —, collapse, pin and remove it; draw one entity
 * alone with its neighbours (the panels' marks). These are the details panel's node actions.
 */
import type { NodeSingular } from 'cytoscape';
import { LABELS, NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import { graphql } from './api.ts';
import type { NodeActions } from './details-panel.ts';
import { ElementSet } from './elements.ts';
import { type ExpandChooser, type KindCount, PAGE } from './expand-chooser.ts';
import type { GraphView } from './graph-view.ts';
import {
  NEIGHBORHOOD,
  NEIGHBORHOOD_OF_KIND,
  NEIGHBOUR_COUNTS,
  type NeighborhoodAnswer,
  type NeighbourCountsAnswer,
  SUBGRAPH,
  type SubgraphAnswer,
} from './queries.ts';
import type { Suggestion } from './search-box.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';

/** What a person reads at once: neighbours drawn on a double-click (a node with more offers them by kind), documents on the first screen. */
export const READABLE = 60;

const isNodeLabel = (kind: string): kind is NodeLabel => (NODE_LABELS as string[]).includes(kind);

export class Exploration implements NodeActions {
  constructor(
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly status: StatusLine,
    private readonly chooser: ExpandChooser,
  ) {
    view.cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('fold')) void this.openFold(node);
      else void this.expand(node.id());
    });
  }

  /** Draws a searched entity with its relationships to what is drawn, or finds it if drawn. */
  async place(picked: Suggestion): Promise<void> {
    const { cy } = this.view;
    if (cy.getElementById(picked.id).nonempty()) {
      this.selection.focus(picked.id);
      return;
    }
    await this.status.whileBusy(`正在加载 ${picked.name}…`, async () => {
      const { subgraph } = await graphql<SubgraphAnswer>(SUBGRAPH, {
        ids: [...this.view.nodeIds(), picked.id],
      });
      const node = subgraph.nodes.find((n) => n.id === picked.id);
      if (!node) throw new Error(`${picked.name} 不在图中 · not in the graph`);
      const elements = new ElementSet().addNode(node);
      for (const edge of subgraph.edges) {
        if (edge.sourceId === picked.id || edge.targetId === picked.id) elements.addEdge(edge);
      }
      const present = new Set(this.view.nodeIds());
      for (const end of subgraph.nodes.filter((n) => present.has(n.id))) elements.addNode(end);
      await this.view.add(elements.elements());
      this.selection.select(picked.id);
      this.status.say(`已添加 ${picked.name} · 双击节点展开其关系 · Double-click to expand`);
    });
  }

  /** Draws an entity alone with its neighbours (a goal: its region and document) and selects it: its evidence. */
  async show(id: string): Promise<void> {
    await this.status.whileBusy('正在加载… Loading…', async () => {
      const { neighborhood } = await graphql<NeighborhoodAnswer>(NEIGHBORHOOD, {
        id,
        depth: 1,
        limit: READABLE,
      });
      const elements = new ElementSet();
      for (const n of neighborhood.nodes) elements.addNode(n);
      for (const e of neighborhood.edges) elements.addEdge(e);
      await this.view.replace(elements.elements());
      this.selection.select(id);
      this.status.say('点击关系查看原文依据 · Click a relationship for its evidence');
    });
  }

  /**
   * Adds the node's neighbours around it; what was drawn stays where it is. A node with more
   * neighbours than a person can read at once offers them by kind instead (ExpandChooser).
   */
  async expand(id: string): Promise<void> {
    const { cy } = this.view;
    const name = cy.getElementById(id).data('name') as string;
    const answer = await this.status.whileBusy(`正在展开 ${name}… Expanding…`, () =>
      graphql<NeighbourCountsAnswer>(NEIGHBOUR_COUNTS, { id }),
    );
    if (!answer) return;
    const counts = answer.neighbourCounts.filter((c): c is KindCount => isNodeLabel(c.kind));
    if (counts.reduce((sum, c) => sum + c.count, 0) <= READABLE) {
      await this.expandAll(id, name);
      return;
    }
    this.chooser.offer(name, counts, {
      draw: (kind) => this.expandKind(id, kind),
      fold: (kind, count) => this.fold(id, kind, count),
    });
    this.status.say(`${name} 的相邻节点较多，请选择要展开的类别 · Choose what to expand`);
  }

  /**
   * Draws a kind of a node's neighbours as one box (目标 ×90) linked to the node; a
   * double-click on the box opens it a page at a time, the neighbours drawn inside it.
   */
  private fold(id: string, kind: NodeLabel, count: number): void {
    const { cy } = this.view;
    const box = foldId(id, kind);
    if (cy.getElementById(box).empty()) {
      const caption = LABELS[kind].caption.split(' ')[0];
      void this.view.add(
        [
          {
            group: 'nodes',
            data: { id: box, label: kind, name: `${caption} ×${count} · 双击展开`, of: id, kind, count },
            classes: 'fold',
            // A box is no entity: it has no details to show.
            selectable: false,
          },
          {
            group: 'edges',
            data: { id: `${box}:edge`, source: id, target: box },
            classes: 'fold',
            selectable: false,
          },
        ],
        id,
      );
    }
    this.status.say('已折叠 · Folded: 双击框逐页展开 · double-click the box to open it');
  }

  /** A page more of a folded kind, drawn inside its box. */
  private async openFold(box: NodeSingular): Promise<void> {
    const kind = box.data('kind') as NodeLabel;
    const count = box.data('count') as number;
    const drawn = await this.expandKind(box.data('of') as string, kind, box.id());
    const caption = LABELS[kind].caption.split(' ')[0];
    box.data('name', `${caption} ${drawn}/${count}${drawn < count ? ' · 双击再显示' : ''}`);
  }

  /**
   * Draws up to PAGE more neighbours of one kind (inside the box `into`, when folded); returns
   * how many of that kind are drawn.
   */
  private async expandKind(id: string, kind: NodeLabel, into?: string): Promise<number> {
    const { cy } = this.view;
    const neighbours = () =>
      cy.getElementById(id).neighborhood(`node[label = "${kind}"]`).not('.fold').length;
    await this.status.whileBusy('正在展开… Expanding…', async () => {
      const { neighborhood } = await graphql<NeighborhoodAnswer>(NEIGHBORHOOD_OF_KIND, {
        id,
        labels: [kind],
        limit: neighbours() + PAGE + 1,
      });
      const elements = new ElementSet();
      for (const n of neighborhood.nodes) elements.addNode(n);
      for (const e of neighborhood.edges) elements.addEdge(e);
      const drawn = elements.elements();
      if (into) {
        for (const element of drawn)
          if (element.group === 'nodes' && element.data.label === kind) element.data.parent = into;
      }
      await this.view.add(drawn, into ?? id);
      // Inside a box, its members stand in a grid around where the box was.
      if (into) {
        const box = cy.getElementById(into);
        const { x, y } = box.position();
        const members = box.children();
        const side = Math.ceil(Math.sqrt(members.length));
        members
          .layout({
            name: 'grid',
            cols: side,
            boundingBox: { x1: x - side * 30, y1: y - side * 30, w: side * 60, h: side * 60 },
            fit: false,
            animate: false,
          })
          .run();
      }
      cy.getElementById(id).data('expanded', true);
      this.selection.reselect();
    });
    return neighbours();
  }

  private async expandAll(id: string, name: string): Promise<void> {
    const { cy } = this.view;
    await this.status.whileBusy(`正在展开 ${name}… Expanding…`, async () => {
      const { neighborhood } = await graphql<NeighborhoodAnswer>(NEIGHBORHOOD, { id, depth: 1, limit: 150 });
      const elements = new ElementSet();
      for (const n of neighborhood.nodes) elements.addNode(n);
      for (const e of neighborhood.edges) elements.addEdge(e);
      const added = await this.view.add(elements.elements(), id);
      cy.getElementById(id).data('expanded', true);
      this.selection.reselect();
      this.status.say(
        `展开 ${name}：新增 ${added.length} 个节点 · ${added.length} new nodes` +
          (neighborhood.truncated ? '（结果已截断 · truncated）' : ''),
      );
    });
  }

  collapse(id: string): void {
    const removed = this.view.collapse(id);
    this.status.say(`收起：移除 ${removed} 个节点 · Collapsed ${removed} nodes`);
    this.selection.reselect();
  }

  togglePin(id: string): void {
    const pinned = this.view.togglePin(id);
    this.status.say(pinned ? '已固定 · Pinned' : '已取消固定 · Unpinned');
    this.selection.reselect();
  }

  remove(id: string): void {
    this.view.remove(id);
    this.selection.clear();
  }
}

/** The id of the box a kind of a node's neighbours is folded into. */
function foldId(id: string, kind: NodeLabel): string {
  return `fold:${id}:${kind}`;
}
