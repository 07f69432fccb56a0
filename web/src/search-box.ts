/**
 * A search field with as-you-type suggestions (names and aliases, through the API's search).
 * Used for the main search and for every picker of the relationship questions.
 */
import { LABELS, type NodeLabel } from '../../model/labels.ts';
import { graphql } from './api.ts';
import { SEARCH, type SearchAnswer } from './queries.ts';
import { NODE_STYLE } from './visual-language.ts';

export type Suggestion = SearchAnswer['search'][number];

export interface SearchBoxOptions {
  placeholder: string;
  /** Only entities of these labels (all when absent). */
  labels?: NodeLabel[];
  /** Called when the person picks a suggestion. */
  onPick: (picked: Suggestion) => void;
  /** Called when a search fails (the API is down…). */
  onError: (error: unknown) => void;
}

let boxes = 0;

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private suggestions: Suggestion[] = [];
  private active = -1;
  private timer: number | undefined;
  private asked = 0;
  /** The entity picked last (pickers read it). */
  picked: Suggestion | null = null;

  constructor(private readonly options: SearchBoxOptions) {
    boxes += 1;
    this.element = document.createElement('div');
    this.element.className = 'search-box';
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.placeholder = options.placeholder;
    this.input.autocomplete = 'off';
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-expanded', 'false');
    this.list = document.createElement('ul');
    this.list.className = 'suggestions';
    this.list.id = `suggestions-${boxes}`;
    this.list.setAttribute('role', 'listbox');
    this.input.setAttribute('aria-controls', this.list.id);
    this.list.hidden = true;
    this.element.append(this.input, this.list);

    this.input.addEventListener('input', () => {
      this.picked = null;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), 150);
    });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.suggestions.length > 0 && !this.picked) this.open();
    });
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    const ask = ++this.asked;
    if (!text) {
      this.show([]);
      return;
    }
    try {
      const { search } = await graphql<SearchAnswer>(SEARCH, {
        text,
        labels: this.options.labels ?? null,
        first: 12,
      });
      if (ask === this.asked) this.show(search, text);
    } catch (error) {
      if (ask === this.asked) this.show([]);
      this.options.onError(error);
    }
  }

  private show(suggestions: Suggestion[], text = ''): void {
    this.suggestions = suggestions;
    this.active = suggestions.length > 0 ? 0 : -1;
    if (suggestions.length === 0 && text) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = `没有找到“${text}” · No match`;
      this.list.replaceChildren(empty);
      this.open();
      return;
    }
    this.list.replaceChildren(
      ...suggestions.map((suggestion, i) => {
        const item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.dataset.id = suggestion.id;
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = NODE_STYLE[suggestion.label].color;
        const name = document.createElement('span');
        name.className = 'name';
        name.textContent = suggestion.name;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = LABELS[suggestion.label].caption.split(' ')[0] ?? '';
        item.append(swatch, name, kind);
        const alias = suggestion.aliases.find(
          (a) => text && a.includes(text) && !suggestion.name.includes(text),
        );
        if (alias) {
          const aliasNote = document.createElement('span');
          aliasNote.className = 'alias';
          aliasNote.textContent = `又名 ${alias}`;
          item.append(aliasNote);
        }
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return item;
      }),
    );
    this.highlightActive();
    if (suggestions.length > 0) this.open();
    else this.close();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.suggestions.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
      this.highlightActive();
      this.open();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private highlightActive(): void {
    [...this.list.children].forEach((item, i) => {
      item.classList.toggle('active', i === this.active);
      item.setAttribute('aria-selected', String(i === this.active));
    });
  }

  private choose(index: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.picked = suggestion;
    this.input.value = suggestion.name;
    this.close();
    this.options.onPick(suggestion);
  }

  /** Sets the picked entity without a search (e.g. from the selected node). */
  set(suggestion: Suggestion): void {
    this.picked = suggestion;
    this.input.value = suggestion.name;
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
