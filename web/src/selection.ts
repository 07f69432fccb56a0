/**
 * The one selected node or relationship, shown in the details panel: a node with its
 * properties (asked for when selected), a relationship with its ends; both with evidence.
 */
import type { Core } from 'cytoscape';
import { graphql } from './api.ts';
import type { DetailsPanel } from './details-panel.ts';
import { NODE_DETAILS, type NodeDetailsAnswer } from './queries.ts';

export class Selection {
  constructor(
    private readonly cy: Core,
    private readonly details: DetailsPanel,
  ) {
    cy.on('select', 'node, edge', (event) => {
      // One selection at a time, also when selected from code (table rows, tests).
      cy.elements(':selected').not(event.target).unselect();
      this.showDetails();
    });
    cy.on('unselect', () => {
      // Tapping the background unselects; a new selection right after fires its own event.
      window.setTimeout(() => {
        if (cy.$(':selected').empty()) details.clear();
      }, 0);
    });
  }

  /** The id of the selected element, if any. */
  get selectedId(): string | null {
    const selected = this.cy.$(':selected').first();
    return selected.nonempty() ? selected.id() : null;
  }

  select(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.cy.elements().not(element).unselect();
    element.select();
    this.showDetails();
  }

  /** Selects an element and brings it to the middle of the canvas. */
  focus(id: string): void {
    this.select(id);
    this.cy.animate({ center: { eles: this.cy.getElementById(id) }, duration: 250 });
  }

  /** Shows the selection again, after the drawing changed around it (degree, pinned…). */
  reselect(): void {
    if (this.cy.$(':selected').empty()) this.details.clear();
    else this.showDetails();
  }

  clear(): void {
    this.details.clear();
  }

  private showDetails(): void {
    const selected = this.cy.$(':selected').first();
    if (selected.empty()) {
      this.details.clear();
    } else if (selected.isNode()) {
      const properties = graphql<NodeDetailsAnswer>(NODE_DETAILS, { id: selected.id() }).then(
        (answer) => answer.node,
      );
      this.details.showNode(selected, properties);
    } else {
      this.details.showEdge(selected);
    }
  }
}
