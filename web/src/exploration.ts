/**
 * Growing and pruning the drawing, one entity at a time: place a searched entity, expand a
 * node's neighbourhood (double-click or the details panel), collapse, pin and remove it.
 * These are the details panel's node actions.
 */
import { graphql } from './api.ts';
import type { NodeActions } from './details-panel.ts';
import { ElementSet } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { NEIGHBORHOOD, type NeighborhoodAnswer, SUBGRAPH, type SubgraphAnswer } from './queries.ts';
import type { Suggestion } from './search-box.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';

export class Exploration implements NodeActions {
  constructor(
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly status: StatusLine,
  ) {
    view.cy.on('dbltap', 'node', (event) => void this.expand(event.target.id()));
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

  /** Adds the node's neighbours around it; what was drawn stays where it is. */
  async expand(id: string): Promise<void> {
    const { cy } = this.view;
    const name = cy.getElementById(id).data('name') as string;
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
