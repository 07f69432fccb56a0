/** The small DOM helpers every part of the viewer builds its elements with. */
import type { NodeLabel } from '../../model/labels.ts';
import { NODE_STYLE } from './visual-language.ts';

/** An element with a class and, optionally, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A button that names its action in `data-action` (the browser tests find it by that). */
export function button(text: string, name: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', '', text);
  element.type = 'button';
  element.dataset.action = name;
  element.addEventListener('click', onClick);
  return element;
}

/** A label's colour and shape in small, as the legend and the details panel show it. */
export function swatch(label: NodeLabel): HTMLElement {
  const element = el('span', `swatch shape-${NODE_STYLE[label].shape}`);
  element.style.background = NODE_STYLE[label].color;
  return element;
}

/** An element of the page (index.html) by its id. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no element #${id}`);
  return element as T;
}

/** A row of an answer's table; selecting it selects `elementId` on the canvas, when it has one. */
export interface TableRow {
  cells: readonly (string | null)[];
  elementId?: string;
}

/** An answer as a table (class answer-table): its columns, and rows a click selects by. */
export function answerTable(
  columns: readonly string[],
  rows: readonly TableRow[],
  select: (elementId: string) => void,
): HTMLTableElement {
  const table = el('table', 'answer-table');
  const head = el('tr');
  for (const column of columns) head.append(el('th', '', column));
  table.append(el('thead'), el('tbody'));
  table.tHead?.append(head);
  for (const row of rows) {
    const tr = el('tr');
    tr.tabIndex = 0;
    for (const cell of row.cells) tr.append(el('td', '', cell ?? ''));
    const id = row.elementId;
    if (id) {
      tr.dataset.id = id;
      tr.addEventListener('click', () => select(id));
    }
    table.tBodies[0]?.append(tr);
  }
  return table;
}
