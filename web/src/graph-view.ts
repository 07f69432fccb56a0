/**
 * The canvas: a Cytoscape instance and what a person does to it — add what an answer holds
 * (new nodes near the node they came from, existing nodes where they are), collapse, remove,
 * pin, filter by label and type, switch layouts, export. It knows nothing of the API.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import { NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../model/relationships.ts';
import { type EdgeData, type NodeData, planGraphOf } from './elements.ts';
import { LARGE_GRAPH, type LayoutName, ringAround, runLayout } from './layouts.ts';
import { NAMES_READABLE_ZOOM, stylesheet } from './visual-language.ts';

export class GraphView {
  readonly cy: Core;
  layoutName: LayoutName = 'fcose';
  readonly hiddenLabels = new Set<NodeLabel>();
  readonly hiddenTypes = new Set<RelationshipType>();
  /** Called after every change of what is drawn (for the URL, the counts, the empty state). */
  onChange: () => void = () => {};

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
    });
    this.cy.on('zoom', () => this.nameNodesWhenReadable());
  }

  get isEmpty(): boolean {
    return this.cy.nodes().length === 0;
  }

  /** The entities drawn (not the boxes a folded kind is drawn as). */
  nodeIds(): string[] {
    return this.cy
      .nodes()
      .not('.fold')
      .map((node) => node.id());
  }

  /** Clears the canvas and draws `elements` with a full layout. */
  async replace(elements: ElementDefinition[], layout: LayoutName = this.layoutName): Promise<void> {
    this.layoutName = layout;
    // Nodes start on a ring (not all on one point, which animating from would draw as a knot).
    const start = ringAround({ x: 0, y: 0 }, elements.filter((e) => e.group === 'nodes').length, null);
    let next = 0;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(
        elements.map((element) =>
          element.group === 'nodes' && !element.position ? { ...element, position: start[next++] } : element,
        ),
      );
      this.applyFilters();
    });
    this.markLargeGraph({ aboutToFit: true });
    // A fresh drawing appears at once; animation is for changes to a drawing someone is reading.
    await runLayout(this.cy, this.layoutName, { animate: false });
    this.nameNodesWhenReadable();
    this.onChange();
  }

  /**
   * Adds what is not drawn yet. With `near`, new nodes start on a ring around that node and
   * only they move; without, a lone new node goes beside the drawing. Returns the new nodes' ids.
   */
  async add(elements: ElementDefinition[], near?: string): Promise<string[]> {
    const before = this.cy.nodes();
    const fresh = elements.filter((element) => this.cy.getElementById(String(element.data.id)).empty());
    const freshNodes = fresh.filter((element) => element.group === 'nodes');
    const anchor = near ? this.cy.getElementById(near) : null;
    const positions = this.startPositions(freshNodes.length, anchor?.nonempty() ? anchor : null);
    this.cy.batch(() => {
      freshNodes.forEach((element, i) => {
        this.cy.add({
          ...element,
          group: 'nodes',
          data: { ...element.data, expandedFrom: near ?? null },
          position: positions[i] ?? { x: 0, y: 0 },
        });
      });
      this.cy.add(
        fresh.filter(
          (element) =>
            element.group === 'edges' &&
            this.cy.getElementById(String(element.data.source)).nonempty() &&
            this.cy.getElementById(String(element.data.target)).nonempty(),
        ),
      );
      this.applyFilters();
    });
    this.markLargeGraph({ aboutToFit: false });
    if (freshNodes.length > 0) {
      if (before.length === 0) await runLayout(this.cy, this.layoutName);
      else if (this.layoutName === 'fcose') await runLayout(this.cy, 'fcose', { fixed: before });
      else await runLayout(this.cy, this.layoutName);
    }
    this.nameNodesWhenReadable();
    this.onChange();
    return freshNodes.map((element) => String(element.data.id));
  }

  private startPositions(count: number, anchor: NodeSingular | null): Position[] {
    if (count === 0) return [];
    if (anchor) {
      const others = this.cy.nodes().not(anchor);
      const middle = others.nonempty() ? centre(others.boundingBox()) : null;
      return ringAround(anchor.position(), count, middle);
    }
    if (this.isEmpty)
      return ringAround({ x: 0, y: 0 }, count, null).map((p) => (count === 1 ? { x: 0, y: 0 } : p));
    const box = this.cy.nodes().boundingBox();
    return Array.from({ length: count }, (_, i) => ({ x: box.x2 + 140, y: centre(box).y + i * 60 }));
  }

  /** Takes away the nodes this node's expansion brought that nothing else holds. */
  collapse(id: string): number {
    const node = this.cy.getElementById(id);
    const brought = this.cy
      .nodes()
      .filter((other) => other.data('expandedFrom') === id && !other.hasClass('pinned'));
    const removable = brought.filter((other) => other.neighborhood('node').difference(brought).same(node));
    this.cy.remove(removable);
    if (node.nonempty()) node.data('expanded', false);
    this.onChange();
    return removable.length;
  }

  remove(id: string): void {
    this.cy.remove(this.cy.getElementById(id));
    this.onChange();
  }

  /** Pins or unpins a node: pinned nodes stay where they are in every layout and can't be dragged. */
  togglePin(id: string): boolean {
    const node = this.cy.getElementById(id);
    const pinned = !node.hasClass('pinned');
    node.toggleClass('pinned', pinned);
    if (pinned) node.lock();
    else node.unlock();
    this.onChange();
    return pinned;
  }

  pinnedIds(): string[] {
    return this.cy.nodes('.pinned').map((node) => node.id());
  }

  async relayout(name: LayoutName = this.layoutName): Promise<void> {
    this.layoutName = name;
    await runLayout(this.cy, name);
    this.onChange();
  }

  setLabelVisible(label: NodeLabel, visible: boolean): void {
    if (visible) this.hiddenLabels.delete(label);
    else this.hiddenLabels.add(label);
    this.applyFilters();
    this.onChange();
  }

  setTypeVisible(type: RelationshipType, visible: boolean): void {
    if (visible) this.hiddenTypes.delete(type);
    else this.hiddenTypes.add(type);
    this.applyFilters();
    this.onChange();
  }

  private applyFilters(): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      for (const label of this.hiddenLabels) this.cy.nodes(`[label = "${label}"]`).addClass('filtered');
      for (const type of this.hiddenTypes) this.cy.edges(`[type = "${type}"]`).addClass('filtered');
    });
  }

  /**
   * Edge labels cost time and ink on big drawings: they show when zoomed in on fewer nodes.
   * A large drawing starts without node names (it is about to be fitted, too small to read
   * them); `nameNodesWhenReadable` brings them back as soon as the zoom makes them readable.
   */
  private markLargeGraph(options: { aboutToFit: boolean }): void {
    const nodes = this.cy.nodes().length;
    this.cy.edges().toggleClass('quiet', nodes > LARGE_GRAPH / 2);
    this.namesHidden = nodes > LARGE_GRAPH && (options.aboutToFit || this.cy.zoom() < NAMES_READABLE_ZOOM);
    this.cy.nodes().toggleClass('unnamed', this.namesHidden);
  }

  private namesHidden = false;

  /** On every zoom: node names of a large drawing are skipped only while too small to read. */
  private nameNodesWhenReadable(): void {
    const hide = this.cy.nodes().length > LARGE_GRAPH && this.cy.zoom() < NAMES_READABLE_ZOOM;
    if (hide === this.namesHidden) return;
    this.namesHidden = hide;
    this.cy.nodes().toggleClass('unnamed', hide);
  }

  /** Counts of drawn nodes per label and edges per type (for the legend). */
  counts(): { labels: Record<NodeLabel, number>; types: Record<RelationshipType, number> } {
    const labels = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const types = Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((t) => [t, 0])) as Record<
      RelationshipType,
      number
    >;
    this.cy
      .nodes()
      .not('.fold')
      .forEach((node) => {
        labels[node.data('label') as NodeLabel] += 1;
      });
    this.cy
      .edges()
      .not('.fold')
      .forEach((edge) => {
        types[edge.data('type') as RelationshipType] += 1;
      });
    return { labels, types };
  }

  /** Marks the elements a question was about (a bold outline). */
  markAsked(ids: Iterable<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('answer');
      for (const id of ids) this.cy.getElementById(id).addClass('answer');
    });
  }

  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: true,
      scale: 2,
      bg: '#ffffff',
      maxWidth: 8000,
      maxHeight: 8000,
    });
  }

  json(): string {
    const nodes = this.cy.nodes().map((node) => node.data() as NodeData);
    const edges = this.cy.edges().map((edge) => edge.data() as EdgeData);
    return JSON.stringify(planGraphOf(nodes, edges), null, 2);
  }
}

function centre(box: { x1: number; x2: number; y1: number; y2: number }): Position {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
