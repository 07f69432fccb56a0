/**
 * The legend, which is also the filter: a checkbox, a swatch, the model's caption and the drawn
 * count for every label and every relationship type. Unchecking one hides it on the canvas.
 */
import { LABELS, NODE_LABELS } from '../../model/labels.ts';
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIPS } from '../../model/relationships.ts';
import { el, swatch } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { EDGE_STYLE } from './visual-language.ts';

export class Legend {
  /** The count cell of each label and of each relationship type. */
  private readonly counts = new Map<string, HTMLElement>();

  constructor(
    element: HTMLElement,
    private readonly view: GraphView,
  ) {
    element.replaceChildren(el('h2', '', '图例 · 筛选 Legend & filters'), this.labels(), this.types());
  }

  /** Writes the counts of what is drawn now. */
  updateCounts(): void {
    const { labels, types } = this.view.counts();
    for (const [name, count] of [...Object.entries(labels), ...Object.entries(types)]) {
      const cell = this.counts.get(name);
      if (cell) cell.textContent = String(count);
    }
  }

  private labels(): HTMLElement {
    const fieldset = el('fieldset', 'labels');
    fieldset.append(el('legend', '', '节点 Nodes'));
    for (const label of NODE_LABELS) {
      const box = this.checkbox((visible) => this.view.setLabelVisible(label, visible));
      box.dataset.label = label;
      fieldset.append(this.item(label, box, swatch(label), LABELS[label].caption));
    }
    return fieldset;
  }

  private types(): HTMLElement {
    const fieldset = el('fieldset', 'types');
    fieldset.append(el('legend', '', '关系 Relationships'));
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const box = this.checkbox((visible) => this.view.setTypeVisible(type, visible));
      box.dataset.type = type;
      const line = el('span', 'line-sample');
      line.style.borderTop = `2px ${EDGE_STYLE[type].line} ${EDGE_STYLE[type].color}`;
      fieldset.append(this.item(type, box, line, RELATIONSHIPS[type].caption));
    }
    return fieldset;
  }

  private checkbox(onChange: (checked: boolean) => void): HTMLInputElement {
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => onChange(box.checked));
    return box;
  }

  /** One line of the legend: checkbox, sample, caption and count. */
  private item(name: string, box: HTMLInputElement, sample: HTMLElement, caption: string): HTMLElement {
    const item = el('label', 'item');
    const count = el('span', 'count', '0');
    this.counts.set(name, count);
    item.append(box, sample, el('span', 'caption', caption), count);
    return item;
  }
}
