/**
 * The header's toolbar: the layout chooser, lay out again, fit, clear, and the PNG and JSON
 * export. (The share button copies the view's URL: url-sync.ts.)
 */
import { byId, el } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { isLayoutName, LAYOUTS, type LayoutName } from './layouts.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';

export class Toolbar {
  private readonly layoutSelect = byId<HTMLSelectElement>('layout');

  constructor(
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly status: StatusLine,
  ) {
    this.offerLayouts();
    const { cy } = view;
    byId('relayout').addEventListener('click', () => void view.relayout());
    byId('fit').addEventListener('click', () =>
      cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 250 }),
    );
    byId('clear').addEventListener('click', () => this.clear());
    byId('export-png').addEventListener('click', () => download(view.png(), 'plan-graph.png'));
    byId('export-json').addEventListener('click', () =>
      download(new Blob([view.json()], { type: 'application/json' }), 'plan-graph.json'),
    );
  }

  /** Shows the layout the drawing has (after a restored view, for one). */
  showLayout(name: LayoutName): void {
    this.layoutSelect.value = name;
  }

  private offerLayouts(): void {
    for (const [name, caption] of Object.entries(LAYOUTS)) {
      const option = el('option', '', caption);
      option.value = name;
      this.layoutSelect.append(option);
    }
    this.layoutSelect.addEventListener('change', () => {
      const name = this.layoutSelect.value;
      if (isLayoutName(name)) void this.view.relayout(name);
    });
  }

  private clear(): void {
    this.view.cy.elements().remove();
    this.selection.clear();
    this.view.onChange();
    this.status.say('画布已清空 · Cleared');
  }
}

/** Saves rows as a CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese). */
export function downloadCsv(rows: unknown[][], name: string): void {
  const quote = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`;
  const lines = rows.map((row) => row.map(quote).join(','));
  download(new Blob([`\ufeff${lines.join('\n')}\n`], { type: 'text/csv' }), name);
}

/** Saves a blob as a file, the way a download link does. */
export function download(blob: Blob, name: string): void {
  const link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
