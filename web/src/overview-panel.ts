/**
 * The first screen's summary: what the graph holds (entities per label, relationships), the
 * documents by issuing region with their kind and year, and where to start — the matrix of who
 * develops what, and questions the question box answers.
 */
import { documentKindCaption } from '../../model/graph.ts';
import { LABELS, NODE_LABELS } from '../../model/labels.ts';
import { button, el, swatch } from './dom.ts';
import type { DocumentsAnswer, GraphSummaryAnswer } from './queries.ts';

export interface OverviewActions {
  openMatrix(): void;
  openGoals(): void;
  ask(question: string): void;
  place(document: DocumentsAnswer['documents'][number]): void;
}

export function showOverview(
  element: HTMLElement,
  documents: DocumentsAnswer['documents'],
  summary: GraphSummaryAnswer['graphSummary'],
  actions: OverviewActions,
): void {
  const counts = new Map(summary.labels.map((row) => [row.kind, row.count]));
  const labels = el('p', 'overview-counts');
  for (const label of NODE_LABELS) {
    const item = el('span', 'overview-count');
    item.append(swatch(label), ` ${LABELS[label].caption.split(' ')[0]} ${counts.get(label) ?? 0}`);
    labels.append(item);
  }
  const relationships = summary.relationships.reduce((sum, row) => sum + row.count, 0);
  labels.append(el('span', 'overview-count', `关系 ${relationships}`));

  const byRegion = new Map<string, DocumentsAnswer['documents']>();
  for (const doc of documents) {
    const region = doc.issuer?.name ?? '未知发布机关';
    byRegion.set(region, [...(byRegion.get(region) ?? []), doc]);
  }
  const list = el('ul', 'overview-documents');
  for (const [region, docs] of [...byRegion].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
    const item = el('li', '', `${region}：`);
    for (const doc of docs) {
      const open = button(
        `${documentKindCaption(doc.kind)}（${doc.date.slice(0, 4)}）`,
        'overview-document',
        () => actions.place(doc),
      );
      open.title = doc.title;
      item.append(open);
    }
    list.append(item);
  }

  const start = el('div', 'overview-start');
  start.append(
    button('谁发展什么 · Who develops what', 'overview-matrix', () => actions.openMatrix()),
    button('目标图表 · Targets', 'overview-goals', () => actions.openGoals()),
  );
  for (const question of summary.exampleQuestions.slice(0, 4)) {
    start.append(button(question, 'overview-question', () => actions.ask(question)));
  }

  const details = el('details', 'overview');
  details.open = true;
  details.append(
    el('summary', '', '图谱概览 · What the graph holds'),
    labels,
    el('h3', '', `文件 ${documents.length} 份 · Documents`),
    list,
    el('h3', '', '从这里开始 · Start here'),
    start,
  );
  element.replaceChildren(details);
}
