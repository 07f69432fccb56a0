/**
 * What a person sees before exploring: the documents and the governments that issued them
 * (what the graph is made of), and, whenever the canvas is empty, a hint to search.
 */
import type { ElementDefinition } from 'cytoscape';
import { el } from './dom.ts';
import { nodeElement } from './elements.ts';
import { READABLE } from './exploration.ts';
import type { GraphView } from './graph-view.ts';
import type { DocumentsAnswer } from './queries.ts';
import type { StatusLine } from './status-line.ts';
import { edgeCaption } from './visual-language.ts';

/**
 * Draws the documents and their issuers, and says how many there are and what to do next. With
 * more documents than a person can read at once, only the issuers are drawn (the overview lists
 * the documents by issuer).
 */
export async function showDocuments(
  view: GraphView,
  status: StatusLine,
  documents: DocumentsAnswer['documents'],
): Promise<void> {
  const elements: ElementDefinition[] = [];
  const regions = new Set<string>();
  const drawDocuments = documents.length <= READABLE;
  for (const doc of documents) {
    if (drawDocuments)
      elements.push(nodeElement({ ...doc, name: doc.title, evidence: [], sources: [doc.file] }));
    if (!doc.issuer) continue;
    if (!regions.has(doc.issuer.id)) {
      regions.add(doc.issuer.id);
      elements.push(nodeElement({ ...doc.issuer, evidence: [], sources: [] }));
    }
    if (!drawDocuments) continue;
    elements.push({
      group: 'edges',
      data: {
        id: `ISSUED_BY:${doc.id}->${doc.issuer.id}`,
        source: doc.id,
        target: doc.issuer.id,
        type: 'ISSUED_BY',
        caption: edgeCaption('ISSUED_BY', {}),
        evidence: [],
        sources: [doc.file],
        properties: {},
      },
    });
  }
  await view.replace(elements, 'fcose');
  status.say(
    documents.length === 0
      ? '图谱为空：请先导入文件 · The graph is empty: run the ingest.'
      : `${documents.length} 份文件 · ${regions.size} 个地区 — 搜索实体或双击节点展开 · Search, or double-click to expand`,
  );
}

/** Shows the hint to search while nothing is drawn. */
export function updateEmptyState(element: HTMLElement, view: GraphView): void {
  element.hidden = !view.isEmpty;
  element.replaceChildren(
    el('p', 'big', '在上方搜索地区、园区、产业或项目，开始浏览'),
    el('p', '', 'Search for a region, park, industry or project above, or ask a question on the left.'),
  );
}
