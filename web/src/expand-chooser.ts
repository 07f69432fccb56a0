/**
 * What expanding a well-connected node would draw, by kind with counts (园区 12 · 产业 20 ·
 * 目标 300): the person picks the kinds to draw, a page at a time, or folds a large kind into
 * one box that opens on demand, so a drawing never gets more than a person can read without
 * asking.
 */
import { LABELS, NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import { button, el, swatch } from './dom.ts';

export interface KindCount {
  kind: NodeLabel;
  count: number;
}

export class ExpandChooser {
  constructor(private readonly element: HTMLElement) {}

  /**
   * Offers `counts` for `name`: `draw(kind)` draws the next page of that kind and says how many
   * are drawn; a kind with more than a page can instead be folded into one box (`fold`).
   */
  offer(
    name: string,
    counts: KindCount[],
    actions: { draw(kind: NodeLabel): Promise<number>; fold(kind: NodeLabel, count: number): void },
  ): void {
    const list = el('div', 'expand-kinds');
    const ordered = [...counts].sort((a, b) => NODE_LABELS.indexOf(a.kind) - NODE_LABELS.indexOf(b.kind));
    for (const { kind, count } of ordered) {
      const caption = LABELS[kind].caption.split(' ')[0];
      const pick = button('', 'expand-kind', () => {
        void actions.draw(kind).then((drawn) => {
          pick.lastChild?.replaceWith(` ${caption} ${drawn}/${count}${drawn < count ? ' · 再显示' : ''}`);
          pick.disabled = drawn >= count;
        });
      });
      pick.dataset.kind = kind;
      pick.append(swatch(kind), ` ${caption} ${count}`);
      list.append(pick);
      if (count > PAGE) {
        const fold = button(`折叠${caption}`, 'expand-fold', () => actions.fold(kind, count));
        fold.dataset.kind = kind;
        fold.title = `把 ${count} 个${caption}画成一个框，双击框再逐页展开 · Fold into one box`;
        list.append(fold);
      }
    }
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    this.element.replaceChildren(
      el('p', '', `${name} 有 ${total} 个相邻节点，选择要展开的类别（每次最多 ${PAGE} 个）：`),
      list,
      button('关闭 Close', 'expand-close', () => this.close()),
    );
    this.element.hidden = false;
  }

  close(): void {
    this.element.hidden = true;
  }
}

/** Neighbours drawn per click on a kind. */
export const PAGE = 30;
