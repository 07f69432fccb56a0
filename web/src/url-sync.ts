/**
 * The view's state in the URL and back: every change of the drawing or of the selection is
 * written to the hash (replacing, not adding, a history entry); a hash someone pastes or
 * navigates to is drawn; the share button copies the link.
 */
import { graphql } from './api.ts';
import { byId } from './dom.ts';
import { ElementSet } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { SUBGRAPH, type SubgraphAnswer } from './queries.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';
import type { Toolbar } from './toolbar.ts';
import { type PanelState, readViewState, type ViewState, viewStateHash } from './url-state.ts';

/** The panels over the graph, as the URL sees them. */
export interface Panels {
  /** The panel open now, or null. */
  state(): PanelState | null;
  open(state: PanelState): Promise<void>;
}

export class UrlSync {
  /** The hash written last: its own hashchange is not a navigation to restore. */
  private writtenHash = '';

  constructor(
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly toolbar: Toolbar,
    private readonly status: StatusLine,
    private readonly panels: Panels,
  ) {
    view.cy.on('select unselect', () => this.write());
    window.addEventListener('hashchange', () => {
      if (location.hash === this.writtenHash) return;
      const state = readViewState(location.hash);
      if (state) void this.restore(state);
    });
    byId('share').addEventListener('click', () => this.share());
  }

  write(): void {
    this.writtenHash = viewStateHash({
      nodes: this.view.nodeIds(),
      layout: this.view.layoutName,
      selected: this.selection.selectedId,
      pinned: this.view.pinnedIds(),
      panel: this.panels.state(),
    });
    history.replaceState(null, '', this.writtenHash || `${location.pathname}${location.search}`);
  }

  /** Draws the nodes a state names, with the relationships among them, its layout, pins and selection; opens its panel. */
  async restore(state: ViewState): Promise<void> {
    if (state.nodes.length > 0) await this.restoreGraph(state);
    if (state.panel) await this.panels.open(state.panel);
  }

  private async restoreGraph(state: ViewState): Promise<void> {
    this.toolbar.showLayout(state.layout);
    await this.status.whileBusy('正在恢复视图… Restoring the view…', async () => {
      const { subgraph } = await graphql<SubgraphAnswer>(SUBGRAPH, { ids: state.nodes });
      const elements = new ElementSet();
      for (const node of subgraph.nodes) elements.addNode(node);
      for (const edge of subgraph.edges) elements.addEdge(edge);
      await this.view.replace(elements.elements(), state.layout);
      for (const id of state.pinned) if (this.view.cy.getElementById(id).nonempty()) this.view.togglePin(id);
      if (state.selected) this.selection.select(state.selected);
      const missing = state.nodes.length - subgraph.nodes.length;
      this.status.say(
        `已恢复 ${subgraph.nodes.length} 个节点 · Restored ${subgraph.nodes.length} nodes` +
          (missing > 0 ? `（${missing} 个已不在图中 · no longer in the graph）` : ''),
      );
    });
  }

  private share(): void {
    this.write();
    navigator.clipboard?.writeText(location.href).then(
      () => this.status.say('链接已复制 · Link copied'),
      () => this.status.say(`链接 · Link: ${location.href}`),
    );
  }
}
