/**
 * The panels that open over the graph — who develops what (or an industry chain) and the
 * targets' charts — seen as one: which is open and what it shows (for the URL), and opening
 * one from a shared link. One panel is open at a time.
 */
import type { GoalsPanel } from './goals-panel.ts';
import type { MatrixPanel } from './matrix-panel.ts';
import type { PanelState } from './url-state.ts';
import type { Panels } from './url-sync.ts';

export class ViewPanels implements Panels {
  constructor(
    private readonly matrix: MatrixPanel,
    private readonly goals: GoalsPanel,
  ) {}

  state(): PanelState | null {
    if (this.matrix.isOpen) return { panel: 'matrix', chain: this.matrix.chain };
    const goals = this.goals.view;
    if (!goals) return null;
    return 'region' in goals
      ? { panel: 'goals', region: goals.region }
      : { panel: 'indicator', indicator: goals.indicator };
  }

  async open(state: PanelState): Promise<void> {
    if (state.panel === 'matrix') {
      this.goals.close();
      await this.matrix.show(state.chain);
      return;
    }
    this.matrix.close();
    await this.goals.show(
      state.panel === 'goals' ? { region: state.region } : { indicator: state.indicator },
    );
  }

  /** The toolbar's buttons: each opens its panel over the other, or closes it. */
  toggleMatrix(): void {
    if (this.matrix.isOpen) this.matrix.close();
    else {
      this.goals.close();
      void this.matrix.open();
    }
  }

  toggleGoals(): void {
    if (this.goals.isOpen) this.goals.close();
    else {
      this.matrix.close();
      void this.goals.open();
    }
  }
}
