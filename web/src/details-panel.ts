/**
 * The details panel: the selected node's properties, or the selected relationship's ends and
 * properties, and for either the evidence — document, section path, line and the verbatim
 * quote with the entity's names highlighted — so every fact can be checked against the source.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Evidence } from '../../model/graph.ts';
import { LABELS, labelProperties, type NodeLabel } from '../../model/labels.ts';
import { RELATIONSHIPS, relationshipProperties } from '../../model/relationships.ts';
import { button, el, swatch } from './dom.ts';
import type { EdgeData, NodeData } from './elements.ts';
import { propertyAlias } from './queries.ts';

/** Properties the header already shows as the node's name (a document's title). */
const SHOWN_AS_NAME: Partial<Record<NodeLabel, string>> = { Document: 'title' };

export interface NodeActions {
  expand(id: string): void;
  collapse(id: string): void;
  togglePin(id: string): void;
  remove(id: string): void;
}

export class DetailsPanel {
  /** File → document title, to name documents in evidence. */
  documentTitles = new Map<string, string>();

  constructor(
    private readonly element: HTMLElement,
    private readonly actions: NodeActions,
  ) {
    this.clear();
  }

  clear(): void {
    const hint = el('p', 'hint', '点选节点或关系查看属性和原文出处；双击节点展开。');
    const hintEn = el(
      'p',
      'hint en',
      'Click a node or a relationship for its properties and evidence; double-click a node to expand it.',
    );
    this.element.replaceChildren(el('h2', '', '详情 Details'), hint, hintEn);
  }

  showNode(node: NodeSingular, properties: Promise<Record<string, unknown> | null>): void {
    const data = node.data() as NodeData;
    const header = el('h2', 'entity');
    header.append(swatch(data.label), el('span', 'name', data.name));
    const label = el('p', 'label-caption', LABELS[data.label].caption);
    const actions = el('div', 'actions');
    const pinned = node.hasClass('pinned');
    actions.append(
      button('展开 Expand', 'expand', () => this.actions.expand(data.id)),
      button('收起 Collapse', 'collapse', () => this.actions.collapse(data.id)),
      button(pinned ? '取消固定 Unpin' : '固定 Pin', 'pin', () => this.actions.togglePin(data.id)),
      button('移除 Remove', 'remove', () => this.actions.remove(data.id)),
    );
    const table = el('table', 'properties');
    if (data.aliases.length > 0) table.append(row('别名 aliases', data.aliases.join('、')));
    table.append(row('关系 degree', String(node.degree(false))));
    const loading = el('p', 'hint', '正在加载属性… Loading properties…');
    const evidence = this.evidenceList(data.evidence, terms(data));
    this.element.replaceChildren(header, label, actions, table, loading, evidence);
    properties
      .then((values) => {
        loading.remove();
        // A node drawn without its evidence (the first screen's documents and issuers) gets it
        // from its details, and keeps it for the exports.
        const fetched = values?.evidence;
        if (data.evidence.length === 0 && Array.isArray(fetched) && fetched.length > 0) {
          node.data('evidence', fetched);
          evidence.replaceWith(this.evidenceList(fetched as Evidence[], terms(data)));
        }
        for (const [name, spec] of labelProperties(data.label)) {
          const value = values?.[propertyAlias(data.label, name)];
          if (value === null || value === undefined || value === '' || name === SHOWN_AS_NAME[data.label]) {
            continue;
          }
          table.append(row(spec.caption, String(value)));
        }
      })
      .catch(() => {
        loading.textContent = '属性加载失败 · Could not load the properties.';
        loading.classList.add('error');
      });
  }

  showEdge(edge: EdgeSingular): void {
    const data = edge.data() as EdgeData;
    const source = edge.source().data() as NodeData;
    const target = edge.target().data() as NodeData;
    const header = el('h2', 'relationship');
    header.append(
      swatch(source.label),
      el('span', 'name', source.name),
      el('span', 'verb', ` —${data.caption}→ `),
      swatch(target.label),
      el('span', 'name', target.name),
    );
    const caption = el('p', 'label-caption', RELATIONSHIPS[data.type].caption);
    const table = el('table', 'properties');
    for (const [name, spec] of relationshipProperties(data.type)) {
      const value = data.properties[name];
      if (value) table.append(row(spec.caption, value));
    }
    table.append(
      row('来源文件 sources', data.sources.map((file) => this.documentTitles.get(file) ?? file).join('；')),
    );
    this.element.replaceChildren(
      header,
      caption,
      table,
      this.evidenceList(data.evidence, [...terms(source), ...terms(target)]),
    );
  }

  private evidenceList(evidence: Evidence[], highlight: string[]): HTMLElement {
    const section = el('section', 'evidence');
    section.append(el('h3', '', `原文出处 Evidence（${evidence.length}）`));
    if (evidence.length === 0) {
      section.append(el('p', 'hint', '没有出处记录 · No evidence recorded.'));
      return section;
    }
    const list = el('ol', 'evidence-list');
    for (const record of evidence) {
      const item = el('li', 'evidence-item');
      const where = el('div', 'where');
      const title = this.documentTitles.get(record.document);
      where.append(
        el('span', 'document', title ?? record.document),
        el(
          'span',
          'line',
          record.page
            ? `第 ${record.page} 页 第 ${lines(record)} 行 · page ${record.page}, line ${lines(record)}`
            : `第 ${lines(record)} 行 · line ${lines(record)}`,
        ),
      );
      if (title) where.title = record.document;
      const sectionPath = el(
        'div',
        'section-path',
        record.section || '（正文开头 · before the first heading）',
      );
      const quote = el('blockquote', 'quote');
      quote.append(...highlighted(record.quote, highlight));
      item.append(where, sectionPath, quote);
      list.append(item);
    }
    section.append(list);
    return section;
  }
}

/** The names under which an entity appears in quotes. */
function terms(data: NodeData): string[] {
  return [data.name, ...data.aliases].filter((term) => term.length >= 2);
}

/** The quote as text nodes, with every occurrence of a term wrapped in <mark>. */
export function highlighted(quote: string, terms: string[]): Node[] {
  const unique = [...new Set(terms)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return [document.createTextNode(quote)];
  const pattern = new RegExp(unique.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: Node[] = [];
  let last = 0;
  for (const match of quote.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(document.createTextNode(quote.slice(last, at)));
    parts.push(el('mark', '', match[0]));
    last = at + match[0].length;
  }
  if (last < quote.length) parts.push(document.createTextNode(quote.slice(last)));
  return parts;
}

function row(caption: string, value: string): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(el('th', '', caption), el('td', '', value));
  return tr;
}

/** The line a record cites, or its first and last line when the quote runs on across a wrap. */
function lines(record: Evidence): string {
  return record.endLine && record.endLine !== record.line
    ? `${record.line}–${record.endLine}`
    : `${record.line}`;
}
