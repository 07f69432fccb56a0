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
