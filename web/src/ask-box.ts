/**
 * The question box: a question in Chinese is sent to `ask`; the answer is drawn on the canvas
 * and listed, under how it was understood (理解为：…). A name that fits several entities shows
 * the others; one click asks again with the one picked. A question it cannot answer says so and
 * offers questions it can.
 */
import { LABELS } from '../../model/labels.ts';
import { graphql } from './api.ts';
import { answerTable, button, el } from './dom.ts';
import { ElementSet } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { ASK, type AskAnswer } from './queries.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';

type Answer = AskAnswer['ask'];

export class AskBox {
  readonly input = el('input');
  private readonly answerArea = el('div', 'ask-answer');

  constructor(
    form: HTMLFormElement,
    answerArea: HTMLElement,
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly status: StatusLine,
  ) {
    this.input.type = 'search';
    this.input.id = 'ask-input';
    this.input.placeholder = '用中文提问，例如：怀化有哪些园区发展电子信息？';
    this.input.setAttribute('aria-label', '提问 question');
    const submit = el('button', '', '问 Ask');
    submit.type = 'submit';
    submit.dataset.action = 'ask-question';
    form.append(this.input, submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.ask(this.input.value);
    });
    this.answerArea.id = 'ask-answer';
    answerArea.append(this.answerArea);
  }

  /** Asks `question`, with `prefer`: the entities picked for its ambiguous names. */
  async ask(question: string, prefer: string[] = []): Promise<void> {
    const text = question.trim();
    if (text === '') return;
    this.input.value = text;
    this.answerArea.replaceChildren(el('p', 'hint', '正在理解… Asking…'));
    const data = await this.status.whileBusy('正在理解… Asking…', () =>
      graphql<AskAnswer>(ASK, { question: text, prefer }),
    );
    if (!data) {
      this.answerArea.replaceChildren(el('p', 'hint error', this.status.text));
      return;
    }
    await this.show(text, prefer, data.ask);
  }

  private async show(question: string, prefer: string[], answer: Answer): Promise<void> {
    const parts: HTMLElement[] = [];
    const understood = el('p', answer.understood ? 'interpretation' : 'interpretation error');
    understood.textContent = answer.understood
      ? `理解为：${answer.interpretation ?? ''}`
      : (answer.interpretation ?? '无法从这些文件回答。');
    parts.push(understood);
    for (const alternative of answer.alternatives)
      parts.push(this.otherReadings(question, prefer, alternative));
    if (answer.understood) {
      // A row selects the entity it names first, when it is drawn.
      const drawn = new Map(answer.graph.nodes.map((node) => [node.name, node.id]));
      const rows = answer.rows.map((cells) => ({ cells, elementId: drawn.get(cells[0] ?? '') }));
      parts.push(
        el('p', 'summary', this.summary(answer)),
        answerTable(answer.columns, rows, (id) => this.selection.focus(id)),
      );
    } else if (answer.suggestions.length > 0) {
      parts.push(this.suggestions(answer.suggestions));
    }
    if (answer.query) parts.push(this.queryLink(answer.query));
    this.answerArea.replaceChildren(...parts);
    if (!answer.understood) {
      this.status.say('无法回答 · Not answerable from these documents');
      return;
    }
    const elements = new ElementSet();
    for (const node of answer.graph.nodes) elements.addNode(node);
    for (const edge of answer.graph.edges) elements.addEdge(edge);
    await this.view.replace(elements.elements());
    this.view.markAsked(answer.entities.map((entity) => entity.id));
    this.status.say(`答案：${answer.graph.nodes.length} 个节点 · ${answer.rows.length} 条结果`);
  }

  private summary(answer: Answer): string {
    const count = answer.count === null ? '' : `共 ${answer.count} 个 · `;
    return `${count}${answer.rows.length} 条结果 · ${answer.rows.length} rows`;
  }

  /** `洪江 → 洪江市；也可指：…` with a button per other entity, which asks again with it. */
  private otherReadings(question: string, prefer: string[], alternative: Answer['alternatives'][number]) {
    const chosen = `${alternative.chosen.name}（${LABELS[alternative.chosen.label].caption.split(' ')[0]}）`;
    const line = el('p', 'alternatives', `“${alternative.text}”理解为 ${chosen}；也可指：`);
    for (const other of alternative.others) {
      const kind = LABELS[other.label].caption.split(' ')[0];
      const choose = button(`${other.name}（${kind}）`, 'other-reading', () => {
        const kept = prefer.filter((id) => id !== alternative.chosen.id);
        void this.ask(question, [...kept, other.id]);
      });
      choose.dataset.id = other.id;
      line.append(choose);
    }
    return line;
  }

  private suggestions(questions: string[]): HTMLElement {
    const list = el('div', 'ask-suggestions', '可以这样问：');
    for (const question of questions) {
      list.append(button(question, 'suggested-question', () => void this.ask(question)));
    }
    return list;
  }

  private queryLink(query: string): HTMLElement {
    const link = el('a', 'query-link', '在 GraphiQL 中查看所用查询 · Open the query');
    link.href = `graphql#${new URLSearchParams({ query }).toString()}`;
    link.target = '_blank';
    link.rel = 'noopener';
    return link;
  }
}
