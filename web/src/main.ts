/**
 * The viewer: search → place an entity; double-click → expand its neighbourhood; click →
 * details and evidence; relationship questions → answer subgraph and table; the view in the
 * URL; PNG and JSON export. All data comes through GraphQL (api.ts, queries.ts).
 */
import type { ElementDefinition } from 'cytoscape';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../model/graph.ts';
import { ApiError, graphql } from './api.ts';
import { button, DetailsPanel, el, swatch } from './details-panel.ts';
import { ElementSet, nodeElement } from './elements.ts';
import { GraphView } from './graph-view.ts';
import { isLayoutName, LAYOUTS, type LayoutName } from './layouts.ts';
import {
  DOCUMENTS,
  type DocumentsAnswer,
  NEIGHBORHOOD,
  type NeighborhoodAnswer,
  NODE_DETAILS,
  type NodeDetailsAnswer,
  SUBGRAPH,
  type SubgraphAnswer,
} from './queries.ts';
import { type Answer, QUESTIONS } from './questions.ts';
import { SearchBox, type Suggestion } from './search-box.ts';
import { readViewState, type ViewState, viewStateHash } from './url-state.ts';
import { EDGE_STYLE, NODE_STYLE } from './visual-language.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const statusLine = byId<HTMLElement>('status');
const busy = byId<HTMLElement>('busy');
const emptyState = byId<HTMLElement>('empty-state');
const view = new GraphView(byId('graph'));
const { cy } = view;

// ── Status, loading and errors ─────────────────────────────────────────────────────────────

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', kind === 'error');
}

function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === 'NETWORK') {
    return '无法连接服务器，请确认服务在运行（npm run serve）后重试 · The API server is not reachable: is it running?';
  }
  if (error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE') {
    return `数据库不可用 · The database is unavailable: ${error.message}`;
  }
  return `出错了 · ${error instanceof Error ? error.message : String(error)}`;
}

function showError(error: unknown): void {
  setStatus(explain(error), 'error');
}

let pending = 0;
/** Runs `work` with the loading indicator shown; errors go to the status line. */
async function withBusy<T>(text: string, work: () => Promise<T>): Promise<T | undefined> {
  pending += 1;
  busy.textContent = text;
  busy.hidden = false;
  try {
    return await work();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    pending -= 1;
    busy.hidden = pending === 0;
  }
}

function updateEmptyState(): void {
  emptyState.hidden = !view.isEmpty;
  emptyState.replaceChildren(
    el('p', 'big', '在上方搜索地区、园区、产业或项目，开始浏览'),
    el('p', '', 'Search for a region, park, industry or project above, or ask a question on the left.'),
  );
}

// ── Details, expand, collapse, pin, remove ─────────────────────────────────────────────────

const details = new DetailsPanel(byId('details'), {
  expand: (id) => void expand(id),
  collapse: (id) => {
    const removed = view.collapse(id);
    setStatus(`收起：移除 ${removed} 个节点 · Collapsed ${removed} nodes`);
    reselect();
  },
  togglePin: (id) => {
    const pinned = view.togglePin(id);
    setStatus(pinned ? '已固定 · Pinned' : '已取消固定 · Unpinned');
    reselect();
  },
  remove: (id) => {
    view.remove(id);
    details.clear();
  },
});

async function expand(id: string): Promise<void> {
  const node = cy.getElementById(id);
  const name = node.data('name') as string;
  await withBusy(`正在展开 ${name}… Expanding…`, async () => {
    const { neighborhood } = await graphql<NeighborhoodAnswer>(NEIGHBORHOOD, { id, depth: 1, limit: 150 });
    const elements = new ElementSet();
    for (const n of neighborhood.nodes) elements.addNode(n);
    for (const e of neighborhood.edges) elements.addEdge(e);
    const added = await view.add(elements.elements(), id);
    cy.getElementById(id).data('expanded', true);
    reselect();
    setStatus(
      `展开 ${name}：新增 ${added.length} 个节点 · ${added.length} new nodes` +
        (neighborhood.truncated ? '（结果已截断 · truncated）' : ''),
    );
  });
}

function select(id: string): void {
  const element = cy.getElementById(id);
  if (element.empty()) return;
  cy.elements().not(element).unselect();
  element.select();
  showDetails();
}

function reselect(): void {
  const selected = cy.$(':selected');
  if (selected.empty()) details.clear();
  else showDetails();
}

function showDetails(): void {
  const selected = cy.$(':selected').first();
  if (selected.empty()) {
    details.clear();
  } else if (selected.isNode()) {
    const properties = graphql<NodeDetailsAnswer>(NODE_DETAILS, { id: selected.id() }).then(
      (answer) => answer.node,
    );
    details.showNode(selected, properties);
  } else {
    details.showEdge(selected);
  }
  writeViewState();
}

cy.on('select', 'node, edge', (event) => {
  // One selection at a time, also when selected from code (table rows, tests).
  cy.elements(':selected').not(event.target).unselect();
  showDetails();
});
cy.on('unselect', () => {
  // Tapping the background unselects; a new selection right after fires its own event.
  window.setTimeout(() => {
    if (cy.$(':selected').empty()) {
      details.clear();
      writeViewState();
    }
  }, 0);
});
cy.on('dbltap', 'node', (event) => void expand(event.target.id()));

// ── Search ─────────────────────────────────────────────────────────────────────────────────

async function place(picked: Suggestion): Promise<void> {
  if (cy.getElementById(picked.id).nonempty()) {
    select(picked.id);
    cy.animate({ center: { eles: cy.getElementById(picked.id) }, duration: 250 });
    return;
  }
  await withBusy(`正在加载 ${picked.name}…`, async () => {
    const { subgraph } = await graphql<SubgraphAnswer>(SUBGRAPH, { ids: [...view.nodeIds(), picked.id] });
    const node = subgraph.nodes.find((n) => n.id === picked.id);
    if (!node) throw new Error(`${picked.name} 不在图中 · not in the graph`);
    const elements = new ElementSet().addNode(node);
    for (const edge of subgraph.edges) {
      if (edge.sourceId === picked.id || edge.targetId === picked.id) elements.addEdge(edge);
    }
    const present = new Set(view.nodeIds());
    const ends = subgraph.nodes.filter((n) => present.has(n.id));
    for (const end of ends) elements.addNode(end);
    await view.add(elements.elements());
    select(picked.id);
    setStatus(`已添加 ${picked.name} · 双击节点展开其关系 · Double-click to expand`);
  });
}

const search = new SearchBox({
  placeholder: '搜索地区、园区、产业、项目… Search',
  onPick: (picked) => void place(picked),
  onError: showError,
});
search.input.id = 'search-input';
byId('search').append(search.element);

// ── Toolbar ────────────────────────────────────────────────────────────────────────────────

const layoutSelect = byId<HTMLSelectElement>('layout');
for (const [name, caption] of Object.entries(LAYOUTS)) {
  const option = el('option', '', caption);
  option.value = name;
  layoutSelect.append(option);
}
layoutSelect.addEventListener('change', () => {
  if (isLayoutName(layoutSelect.value)) void view.relayout(layoutSelect.value);
});
byId('relayout').addEventListener('click', () => void view.relayout());
byId('fit').addEventListener('click', () =>
  cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 250 }),
);
byId('clear').addEventListener('click', () => {
  cy.elements().remove();
  details.clear();
  view.onChange();
  setStatus('画布已清空 · Cleared');
});
byId('share').addEventListener('click', () => {
  writeViewState();
  navigator.clipboard?.writeText(location.href).then(
    () => setStatus('链接已复制 · Link copied'),
    () => setStatus(`链接 · Link: ${location.href}`),
  );
});
byId('export-png').addEventListener('click', () => download(view.png(), 'plan-graph.png'));
byId('export-json').addEventListener('click', () =>
  download(new Blob([view.json()], { type: 'application/json' }), 'plan-graph.json'),
);

function download(blob: Blob, name: string): void {
  const link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// ── Legend and filters ─────────────────────────────────────────────────────────────────────

const legend = byId('legend');
const labelCounts = new Map<string, HTMLElement>();
const typeCounts = new Map<string, HTMLElement>();

function drawLegend(): void {
  const labels = el('fieldset', 'labels');
  labels.append(el('legend', '', '节点 Nodes'));
  for (const label of NODE_LABELS) {
    const item = el('label', 'item');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.label = label;
    box.addEventListener('change', () => view.setLabelVisible(label, box.checked));
    const count = el('span', 'count', '0');
    labelCounts.set(label, count);
    item.append(box, swatch(label), el('span', 'caption', NODE_STYLE[label].caption), count);
    labels.append(item);
  }
  const types = el('fieldset', 'types');
  types.append(el('legend', '', '关系 Relationships'));
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const item = el('label', 'item');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.type = type;
    box.addEventListener('change', () => view.setTypeVisible(type, box.checked));
    const line = el('span', 'line-sample');
    line.style.borderTop = `2px ${EDGE_STYLE[type].line} ${EDGE_STYLE[type].color}`;
    const count = el('span', 'count', '0');
    typeCounts.set(type, count);
    item.append(box, line, el('span', 'caption', EDGE_STYLE[type].caption), count);
    types.append(item);
  }
  legend.replaceChildren(el('h2', '', '图例 · 筛选 Legend & filters'), labels, types);
}

function updateCounts(): void {
  const { labels, types } = view.counts();
  for (const [label, count] of Object.entries(labels)) {
    const cell = labelCounts.get(label);
    if (cell) cell.textContent = String(count);
  }
  for (const [type, count] of Object.entries(types)) {
    const cell = typeCounts.get(type);
    if (cell) cell.textContent = String(count);
  }
}

// ── Relationship questions ─────────────────────────────────────────────────────────────────

function drawQuestions(): void {
  const panel = byId('questions');
  const chooser = el('select');
  chooser.id = 'question';
  for (const question of QUESTIONS) {
    const option = el('option', '', question.title);
    option.value = question.id;
    chooser.append(option);
  }
  const pickers = el('div', 'pickers');
  const ask = button('提问 Ask', 'ask', () => void askQuestion());
  ask.id = 'ask';
  const answerArea = el('div', 'answer');
  answerArea.id = 'answer';
  panel.replaceChildren(el('h2', '', '关系问题 Questions'), chooser, pickers, ask, answerArea);

  let boxes: SearchBox[] = [];
  const showPickers = () => {
    const question = QUESTIONS.find((q) => q.id === chooser.value) ?? QUESTIONS[0];
    if (!question) return;
    boxes = question.pickers.map((picker) => {
      const box = new SearchBox({
        placeholder: `${picker.caption}…`,
        labels: picker.labels,
        onPick: () => {},
        onError: showError,
      });
      // The selected node, when it fits, is the default.
      const selected = cy.$('node:selected').first();
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
      return Object.assign(box, { wrap });
    });
    pickers.replaceChildren(...boxes.map((box) => (box as SearchBox & { wrap: HTMLElement }).wrap));
  };
  chooser.addEventListener('change', showPickers);
  showPickers();

  async function askQuestion(): Promise<void> {
    const question = QUESTIONS.find((q) => q.id === chooser.value);
    if (!question) return;
    const picked = boxes.map((box) => box.picked);
    if (picked.some((p) => p === null)) {
      answerArea.replaceChildren(
        el('p', 'hint error', '请先从建议中选择 · Pick each entity from the suggestions first.'),
      );
      return;
    }
    answerArea.replaceChildren(el('p', 'hint', '正在查询… Asking…'));
    const answer = await withBusy('正在查询… Asking…', () => question.ask(picked as Suggestion[]));
    if (!answer) {
      answerArea.replaceChildren(el('p', 'hint error', statusLine.textContent ?? ''));
      return;
    }
    await drawAnswer(answer, answerArea);
  }
}

async function drawAnswer(answer: Answer, area: HTMLElement): Promise<void> {
  if (answer.rows.length === 0) {
    area.replaceChildren(el('p', 'hint', '没有结果 · No answer in the graph.'));
    setStatus('没有结果 · No answer');
    return;
  }
  await view.replace(answer.elements.elements());
  view.markAsked(answer.asked);
  const table = el('table', 'answer-table');
  const head = el('tr');
  for (const column of answer.columns) head.append(el('th', '', column));
  table.append(el('thead'), el('tbody'));
  table.tHead?.append(head);
  for (const row of answer.rows) {
    const tr = el('tr');
    tr.dataset.id = row.elementId;
    tr.tabIndex = 0;
    for (const cell of row.cells) tr.append(el('td', '', cell));
    tr.addEventListener('click', () => {
      select(row.elementId);
      cy.animate({ center: { eles: cy.getElementById(row.elementId) }, duration: 250 });
    });
    table.tBodies[0]?.append(tr);
  }
  area.replaceChildren(
    el('p', 'summary', `${answer.rows.length} 条结果 · ${answer.rows.length} rows`),
    table,
  );
  setStatus(`答案：${answer.elements.nodes.size} 个节点 · ${answer.rows.length} 条结果`);
}

// ── URL state ──────────────────────────────────────────────────────────────────────────────

let writtenHash = '';

function currentViewState(): ViewState {
  const selected = cy.$(':selected').first();
  return {
    nodes: view.nodeIds(),
    layout: view.layoutName,
    selected: selected.nonempty() ? selected.id() : null,
    pinned: view.pinnedIds(),
  };
}

function writeViewState(): void {
  writtenHash = viewStateHash(currentViewState());
  history.replaceState(null, '', writtenHash || `${location.pathname}${location.search}`);
}

async function restoreViewState(state: ViewState): Promise<void> {
  layoutSelect.value = state.layout;
  await withBusy('正在恢复视图… Restoring the view…', async () => {
    const { subgraph } = await graphql<SubgraphAnswer>(SUBGRAPH, { ids: state.nodes });
    const elements = new ElementSet();
    for (const node of subgraph.nodes) elements.addNode(node);
    for (const edge of subgraph.edges) elements.addEdge(edge);
    await view.replace(elements.elements(), state.layout);
    for (const id of state.pinned) if (cy.getElementById(id).nonempty()) view.togglePin(id);
    if (state.selected) select(state.selected);
    const missing = state.nodes.length - subgraph.nodes.length;
    setStatus(
      `已恢复 ${subgraph.nodes.length} 个节点 · Restored ${subgraph.nodes.length} nodes` +
        (missing > 0 ? `（${missing} 个已不在图中 · no longer in the graph）` : ''),
    );
  });
}

window.addEventListener('hashchange', () => {
  if (location.hash === writtenHash) return;
  const state = readViewState(location.hash);
  if (state) void restoreViewState(state);
});

// ── First screen ───────────────────────────────────────────────────────────────────────────

/** The documents and the governments that issued them: what the graph is made of. */
async function showDocuments(documents: DocumentsAnswer['documents']): Promise<void> {
  const elements: ElementDefinition[] = [];
  const regions = new Set<string>();
  for (const doc of documents) {
    elements.push(nodeElement({ ...doc, name: doc.title }));
    if (doc.issuer) {
      if (!regions.has(doc.issuer.id)) {
        regions.add(doc.issuer.id);
        elements.push(nodeElement(doc.issuer));
      }
      elements.push({
        group: 'edges',
        data: {
          id: `ISSUED_BY:${doc.id}->${doc.issuer.id}`,
          source: doc.id,
          target: doc.issuer.id,
          type: 'ISSUED_BY',
          caption: EDGE_STYLE.ISSUED_BY.verb,
          evidence: [],
          sources: [doc.file],
          properties: {},
        },
      });
    }
  }
  await view.replace(elements, 'fcose');
  setStatus(
    documents.length === 0
      ? '图谱为空：请先导入文件 · The graph is empty: run the ingest.'
      : `${documents.length} 份文件 · ${regions.size} 个地区 — 搜索实体或双击节点展开 · Search, or double-click to expand`,
  );
}

let firstGraphAt: number | null = null;

async function start(): Promise<void> {
  drawLegend();
  drawQuestions();
  view.onChange = () => {
    updateCounts();
    updateEmptyState();
    writeViewState();
  };
  updateEmptyState();
  const answer = await withBusy('正在加载… Loading…', () => graphql<DocumentsAnswer>(DOCUMENTS));
  if (!answer) return;
  details.documentTitles = new Map(answer.documents.map((doc) => [doc.file, doc.title]));
  const state = readViewState(location.hash);
  if (state) await restoreViewState(state);
  else await showDocuments(answer.documents);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  firstGraphAt = performance.now();
}

/** Draws given elements with a layout and waits for the frame: for the benchmark. */
async function loadElements(elements: ElementDefinition[], layout: LayoutName = 'fcose') {
  const started = performance.now();
  await view.replace(elements, layout);
  const laidOut = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { layoutMs: laidOut - started, totalMs: performance.now() - started };
}

// Exposed for the browser tests, the benchmark and people poking at the graph from the console.
Object.assign(window, {
  planGraphViewer: {
    cy,
    view,
    loadElements,
    get firstGraphAt() {
      return firstGraphAt;
    },
  },
});

void start();
