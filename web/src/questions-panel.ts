/**
 * The questions panel: choose a question, pick its entities (the selected node is the
 * default when it fits), ask; the answer is drawn on the canvas and listed as a table whose
 * rows select what they are about.
 */
import { answerTable, button, el } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { type Answer, QUESTIONS, type Question } from './questions.ts';
import { SearchBox, type Suggestion } from './search-box.ts';
import type { Selection } from './selection.ts';
import type { StatusLine } from './status-line.ts';

export class QuestionsPanel {
  private readonly chooser = el('select');
  private readonly pickers = el('div', 'pickers');
  private readonly answerArea = el('div', 'answer');
  /** The search boxes of the chosen question's pickers. */
  private boxes: SearchBox[] = [];

  constructor(
    element: HTMLElement,
    private readonly view: GraphView,
    private readonly selection: Selection,
    private readonly status: StatusLine,
  ) {
    this.chooser.id = 'question';
    for (const question of QUESTIONS) {
      const option = el('option', '', question.title);
      option.value = question.id;
      this.chooser.append(option);
    }
    const ask = button('提问 Ask', 'ask', () => void this.ask());
    ask.id = 'ask';
    this.answerArea.id = 'answer';
    element.replaceChildren(
      el('h2', '', '关系问题 Questions'),
      this.chooser,
      this.pickers,
      ask,
      this.answerArea,
    );
    this.chooser.addEventListener('change', () => this.showPickers());
    this.showPickers();
  }

  private get question(): Question | undefined {
    return QUESTIONS.find((q) => q.id === this.chooser.value);
  }

  private showPickers(): void {
    const question = this.question ?? QUESTIONS[0];
    if (!question) return;
    const selected = this.view.cy.$('node:selected').first();
    const wraps = question.pickers.map((picker) => {
      const box = new SearchBox({
        placeholder: `${picker.caption}…`,
        labels: picker.labels,
        onPick: () => {},
        onError: (error) => this.status.showError(error),
      });
      // The selected node, when it fits, is the default.
      if (selected.nonempty() && picker.labels.includes(selected.data('label'))) {
        box.set({
          id: selected.id(),
          label: selected.data('label'),
          name: selected.data('name'),
          aliases: selected.data('aliases'),
        });
      }
      const wrap = el('label', 'picker');
      wrap.append(el('span', 'picker-caption', picker.caption), box.element);
      return { box, wrap };
    });
    this.boxes = wraps.map(({ box }) => box);
    this.pickers.replaceChildren(...wraps.map(({ wrap }) => wrap));
  }

  private async ask(): Promise<void> {
    const question = this.question;
    if (!question) return;
    const picked = this.boxes.map((box) => box.picked);
    if (picked.some((p) => p === null)) {
      this.answerArea.replaceChildren(
        el('p', 'hint error', '请先从建议中选择 · Pick each entity from the suggestions first.'),
      );
      return;
    }
    this.answerArea.replaceChildren(el('p', 'hint', '正在查询… Asking…'));
    const answer = await this.status.whileBusy('正在查询… Asking…', () =>
      question.ask(picked as Suggestion[]),
    );
    if (!answer) {
      this.answerArea.replaceChildren(el('p', 'hint error', this.status.text));
      return;
    }
    await this.showAnswer(answer);
  }

  /** Draws the answer's subgraph, marks what was asked about, and lists the rows. */
  private async showAnswer(answer: Answer): Promise<void> {
    if (answer.rows.length === 0) {
      this.answerArea.replaceChildren(el('p', 'hint', '没有结果 · No answer in the graph.'));
      this.status.say('没有结果 · No answer');
      return;
    }
    await this.view.replace(answer.elements.elements());
    this.view.markAsked(answer.asked);
    this.answerArea.replaceChildren(
      el('p', 'summary', `${answer.rows.length} 条结果 · ${answer.rows.length} rows`),
      answerTable(answer.columns, answer.rows, (id) => this.selection.focus(id)),
    );
    this.status.say(`答案：${answer.elements.nodes.size} 个节点 · ${answer.rows.length} 条结果`);
  }
}
