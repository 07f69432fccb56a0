/**
 * Who develops what: regions (rows, in their hierarchy, foldable) × industries (columns, most
 * widely developed first, foldable into the industry they are part of). A cell says how the
 * region — with the regions below it — develops the industry: through its plans (规), through its
 * parks (园, with the strongest role) or both, and how many documents say so. A click on a cell
 * draws the regions, parks and industries behind it, with their evidence, on the canvas. Rows
 * and columns sort two ways each; the matrix as shown exports as CSV, SVG and PNG. For an
 * industry chain, the columns are the industry and its parts, and a part no region develops is
 * shown as a gap; below the matrix, each part with the parks, regions and projects carrying it
 * (chain-view.ts).
 */
import { strongestRole } from '../../model/relationships.ts';
import { graphql } from './api.ts';
import { chainView } from './chain-view.ts';
import { button, el } from './dom.ts';
import { ElementSet } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { type CellLook, matrixImage } from './matrix-image.ts';
import {
  DEVELOPMENT_MATRIX,
  INDUSTRY_CHAIN,
  type IndustryChainAnswer,
  type MatrixAnswer,
  REGION_INDUSTRIES,
  type RegionIndustriesAnswer,
} from './queries.ts';
import { SearchBox } from './search-box.ts';
import type { StatusLine } from './status-line.ts';
import { exportButtons } from './svg-export.ts';
import { downloadCsv } from './toolbar.ts';
import type { Named } from './url-state.ts';

type Matrix = MatrixAnswer['developmentMatrix'];
type Cell = Matrix['cells'][number];

/** A cell summed over a region's subtree and a column's industries. */
interface Sum {
  plans: number;
  parks: number;
  role: string | null;
  documents: Set<string>;
}

/** A column: one industry, or an industry with its parts folded into it. */
interface Column {
  id: string;
  name: string;
  industries: string[];
}

const INDUSTRIES = 40;

export class MatrixPanel {
  private matrix: Matrix | undefined;
  private readonly expanded = new Set<string>();
  private foldColumns = false;
  private rowOrder: 'tree' | 'breadth' = 'tree';
  private columnOrder: 'regions' | 'name' = 'regions';
  private filter = '';
  private readonly body = el('div', 'matrix-body');
  private readonly title = el('strong', '', '谁发展什么 · Who develops what');
  /** The chain shown: its parts with the parks, regions and projects carrying each. */
  private readonly chainBody = el('div', 'chain-body');
  /** The industry whose chain is shown; null: the most widely developed industries. */
  chain: Named | null = null;
  /** Called when what the panel shows changes (the URL keeps it). */
  onChange: () => void = () => {};

  constructor(
    private readonly panel: HTMLElement,
    private readonly view: GraphView,
    private readonly status: StatusLine,
    /** Draws an entity with its neighbours and its evidence on the canvas. */
    private readonly showEntity: (id: string) => Promise<void>,
  ) {
    const filter = el('input');
    filter.type = 'search';
    filter.placeholder = '筛选地区或产业 · Filter';
    filter.addEventListener('input', () => {
      this.filter = filter.value.trim();
      this.render();
    });
    const fold = el('label', 'matrix-fold');
    const foldBox = el('input');
    foldBox.type = 'checkbox';
    foldBox.addEventListener('change', () => {
      this.foldColumns = foldBox.checked;
      this.render();
    });
    fold.append(foldBox, ' 按上级产业合并 · fold parts');
    // An industry chain: the industry and its parts as columns, the parts nobody develops too.
    const chain = new SearchBox({
      placeholder: '产业链 · Chain of…',
      labels: ['Industry'],
      onPick: (picked) => void this.show({ id: picked.id, name: picked.name }),
      onError: (error) => this.status.showError(error),
    });
    chain.input.id = 'matrix-chain';
    const bar = el('div', 'matrix-bar');
    bar.append(
      this.title,
      filter,
      chain.element,
      button('全部 · All', 'matrix-all', () => void this.show(null)),
      fold,
      this.orderPicker(),
      button('CSV', 'matrix-csv', () => this.exportCsv()),
      ...exportButtons(
        () => this.image(),
        'who-develops-what',
        (error) => this.status.showError(error),
      ),
      button('关闭 Close', 'matrix-close', () => this.close()),
    );
    panel.replaceChildren(
      bar,
      el(
        'p',
        'hint',
        '规 = 规划重点（PRIORITIZES） · 园 = 园区承载（HOSTS，最强角色） · 数字 = 文件数；点击单元格在画布上查看依据',
      ),
      this.body,
      this.chainBody,
    );
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  async open(): Promise<void> {
    if (this.matrix) {
      this.panel.hidden = false;
      this.render();
      this.onChange();
    } else await this.show(null);
  }

  /** Counts who develops what: the most widely developed industries, or one industry's chain. */
  async show(chain: Named | null): Promise<void> {
    this.panel.hidden = false;
    this.chain = chain;
    this.body.replaceChildren(el('p', 'hint', '正在汇总… Counting…'));
    this.chainBody.replaceChildren();
    const answer = await this.status.whileBusy('正在汇总… Counting…', () =>
      Promise.all([
        graphql<MatrixAnswer>(DEVELOPMENT_MATRIX, { industry: chain?.id ?? null, industries: INDUSTRIES }),
        chain ? graphql<IndustryChainAnswer>(INDUSTRY_CHAIN, { industry: chain.id }) : null,
      ]),
    );
    this.onChange();
    if (!answer) return;
    const [matrixAnswer, chainAnswer] = answer;
    if (chainAnswer)
      this.chainBody.replaceChildren(chainView(chainAnswer.industryChain, (id) => this.place(id)));
    this.matrix = matrixAnswer.developmentMatrix;
    this.title.textContent = chain ? `产业链：${chain.name} · Chain` : '谁发展什么 · Who develops what';
    // Open at the top two levels: provinces and their prefectures.
    for (const region of this.matrix.regions) if (!region.parentId) this.expanded.add(region.id);
    this.render();
  }

  close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.onChange();
  }

  private columns(matrix: Matrix): Column[] {
    const columns = this.foldedColumns(matrix);
    // The answer's order: developed in the most regions first.
    return this.columnOrder === 'name' ? columns.sort((a, b) => a.name.localeCompare(b.name, 'zh')) : columns;
  }

  private foldedColumns(matrix: Matrix): Column[] {
    if (!this.foldColumns) {
      return matrix.industries.map((i) => ({ id: i.id, name: i.name, industries: [i.id] }));
    }
    const folded = new Map<string, Column>();
    for (const industry of matrix.industries) {
      const id = industry.parentId ?? industry.id;
      const column = folded.get(id) ?? { id, name: industry.parentName ?? industry.name, industries: [] };
      column.industries.push(industry.id);
      folded.set(id, column);
    }
    return [...folded.values()];
  }

  /** Rows to show: each region under its parent, the children of expanded ones. */
  private rows(
    matrix: Matrix,
    sums: Map<string, Map<string, Sum>>,
  ): { id: string; name: string; depth: number; hasChildren: boolean }[] {
    const children = new Map<string | null, Matrix['regions']>();
    for (const region of matrix.regions) {
      children.set(region.parentId, [...(children.get(region.parentId) ?? []), region]);
    }
    // Siblings in the answer's order (by division code), or those developing most industries first.
    if (this.rowOrder === 'breadth') {
      const breadth = (id: string) => sums.get(id)?.size ?? 0;
      for (const list of children.values()) list.sort((a, b) => breadth(b.id) - breadth(a.id));
    }
    const rows: { id: string; name: string; depth: number; hasChildren: boolean }[] = [];
    const visit = (parent: string | null, depth: number) => {
      for (const region of children.get(parent) ?? []) {
        const hasChildren = (children.get(region.id) ?? []).length > 0;
        rows.push({ id: region.id, name: region.name, depth, hasChildren });
        if (this.expanded.has(region.id)) visit(region.id, depth + 1);
      }
    };
    visit(null, 0);
    return rows;
  }

  /** Each region's cells summed with those of every region below it. */
  private sums(matrix: Matrix): Map<string, Map<string, Sum>> {
    const parent = new Map(matrix.regions.map((r) => [r.id, r.parentId]));
    const sums = new Map<string, Map<string, Sum>>();
    const add = (region: string, cell: Cell) => {
      const row = sums.get(region) ?? new Map<string, Sum>();
      const sum = row.get(cell.industryId) ?? {
        plans: 0,
        parks: 0,
        role: null,
        documents: new Set<string>(),
      };
      sum.plans += cell.throughPlans;
      sum.parks += cell.throughParks;
      sum.role = strongestRole([sum.role, cell.strongestRole]);
      for (const file of cell.documents) sum.documents.add(file);
      row.set(cell.industryId, sum);
      sums.set(region, row);
    };
    for (const cell of matrix.cells) {
      for (let region: string | null | undefined = cell.regionId; region; region = parent.get(region))
        add(region, cell);
    }
    return sums;
  }

  private sumOf(row: Map<string, Sum> | undefined, column: Column): Sum | undefined {
    const parts = column.industries.flatMap((id) => row?.get(id) ?? []);
    if (parts.length === 0) return undefined;
    return {
      plans: parts.reduce((n, s) => n + s.plans, 0),
      parks: parts.reduce((n, s) => n + s.parks, 0),
      role: strongestRole(parts.map((s) => s.role)),
      documents: new Set(parts.flatMap((s) => [...s.documents])),
    };
  }

  /** The rows and columns on screen (open, folded, filtered, sorted) and the sums of their cells. */
  private shown(matrix: Matrix) {
    // The filter narrows the columns when it names an industry, else the rows.
    const wanted = (name: string) => this.filter === '' || name.includes(this.filter);
    const columns = this.columns(matrix);
    const sums = this.sums(matrix);
    const filterColumns = columns.some((c) => wanted(c.name));
    const shownColumns = filterColumns ? columns.filter((c) => wanted(c.name)) : columns;
    const rows = this.rows(matrix, sums).filter((row) => filterColumns || wanted(row.name));
    return { shownColumns, rows, sums };
  }

  /** The matrix as shown, as an SVG picture (matrix-image.ts). */
  private image(): SVGSVGElement {
    if (!this.matrix) throw new Error('矩阵尚未加载 · the matrix is not loaded');
    const { shownColumns, rows, sums } = this.shown(this.matrix);
    return matrixImage(rows, shownColumns, (r, c) => {
      const row = rows[r];
      const column = shownColumns[c];
      const sum = row && column ? this.sumOf(sums.get(row.id), column) : undefined;
      return sum ? cellLook(sum) : undefined;
    });
  }

  private render(): void {
    const matrix = this.matrix;
    if (!matrix) return;
    const { shownColumns, rows, sums } = this.shown(matrix);
    const table = el('table', 'matrix');
    const head = el('tr');
    head.append(el('th', 'corner', '地区 \\ 产业'));
    const gaps = new Set(matrix.industries.filter((i) => i.regions === 0).map((i) => i.id));
    for (const column of shownColumns) {
      const th = el('th', '', column.name);
      th.title = column.industries.length > 1 ? `${column.industries.length} 个产业合并` : column.name;
      // A part of the chain no region develops: a gap.
      if (column.industries.every((id) => gaps.has(id))) {
        th.classList.add('gap');
        th.title = `${column.name}：这些文件中没有地区或园区发展它（产业链缺口）`;
      }
      head.append(th);
    }
    table.createTHead().append(head);
    const tbody = table.createTBody();
    for (const row of rows) {
      const tr = el('tr');
      tr.dataset.region = row.id;
      const name = el('th', 'region');
      name.style.paddingLeft = `${0.4 + row.depth * 1.1}rem`;
      if (row.hasChildren) {
        const toggle = button(this.expanded.has(row.id) ? '▾' : '▸', 'matrix-toggle', () => {
          if (this.expanded.has(row.id)) this.expanded.delete(row.id);
          else this.expanded.add(row.id);
          this.render();
        });
        name.append(toggle);
      }
      name.append(row.name);
      tr.append(name);
      for (const column of shownColumns)
        tr.append(this.cell(row, column, this.sumOf(sums.get(row.id), column)));
      tbody.append(tr);
    }
    this.body.replaceChildren(table);
  }

  private cell(
    row: { id: string; name: string },
    column: Column,
    sum: Sum | undefined,
  ): HTMLTableCellElement {
    const td = el('td');
    if (!sum) return td;
    const look = cellLook(sum);
    td.className = `way-${look.way}`;
    td.textContent = look.text;
    td.style.setProperty('--strength', String(look.strength));
    td.title = [
      `${row.name} · ${column.name}`,
      sum.plans > 0 ? `规划重点 ${sum.plans} 处` : '',
      sum.parks > 0 ? `${sum.parks} 个园区承载${sum.role ? `（最强：${sum.role}）` : ''}` : '',
      `${sum.documents.size} 份文件：${[...sum.documents].join('、')}`,
    ]
      .filter(Boolean)
      .join('\n');
    td.dataset.region = row.id;
    td.dataset.industries = column.industries.join(',');
    td.tabIndex = 0;
    td.addEventListener('click', () => void this.drawCell(row.id, column.industries));
    return td;
  }

  /** The regions, parks and industries behind a cell, with the relationships that show it. */
  private async drawCell(region: string, industries: string[]): Promise<void> {
    const answer = await this.status.whileBusy('正在查询… Asking…', () =>
      graphql<RegionIndustriesAnswer>(REGION_INDUSTRIES, { region }),
    );
    if (!answer) return;
    const elements = new ElementSet();
    for (const entry of answer.regionIndustries.filter((e) => industries.includes(e.industry.id))) {
      elements.addNode(entry.region).addNode(entry.industry);
      for (const plan of entry.throughPlans) elements.addEdge(plan, plan.region, entry.industry);
      for (const hosts of entry.throughParks) elements.addEdge(hosts, hosts.park, entry.industry);
    }
    this.close();
    await this.view.replace(elements.elements());
    this.view.markAsked([region, ...industries]);
    this.status.say(`${elements.nodes.size} 个节点 · 点击关系查看原文依据`);
  }

  /** How rows and columns are ordered: rows by division or by how many industries they develop; columns by how many regions develop them, or by name. */
  private orderPicker(): HTMLSelectElement {
    const picker = el('select');
    picker.id = 'matrix-order';
    picker.title = '排序 · Order';
    const orders = [
      ['tree|regions', '行按区划 · 列按地区数'],
      ['breadth|regions', '行按产业数 · 列按地区数'],
      ['tree|name', '行按区划 · 列按名称'],
      ['breadth|name', '行按产业数 · 列按名称'],
    ] as const;
    for (const [value, caption] of orders) picker.append(new Option(caption, value));
    picker.addEventListener('change', () => {
      const [rows, columns] = picker.value.split('|');
      this.rowOrder = rows === 'breadth' ? 'breadth' : 'tree';
      this.columnOrder = columns === 'name' ? 'name' : 'regions';
      this.render();
    });
    return picker;
  }

  /** An entity of the chain drawn on the canvas, with its neighbours and evidence. */
  private async place(id: string): Promise<void> {
    this.close();
    await this.showEntity(id);
  }

  private exportCsv(): void {
    const matrix = this.matrix;
    if (!matrix) return;
    const columns = this.columns(matrix);
    const sums = this.sums(matrix);
    downloadCsv(
      [
        ['地区', ...columns.map((c) => c.name)],
        ...matrix.regions.map((region) => [
          region.name,
          ...columns.map((column) => {
            const sum = this.sumOf(sums.get(region.id), column);
            return sum ? cellLook(sum).text : '';
          }),
        ]),
      ],
      'who-develops-what.csv',
    );
  }
}

/**
 * How a cell looks: the way the region develops the industry, as strong as the number of
 * documents saying so, written 规 (its plans prioritise it), 园 (its parks host it) and that number.
 */
function cellLook(sum: Sum): CellLook {
  return {
    way: sum.plans > 0 && sum.parks > 0 ? 'both' : sum.plans > 0 ? 'plan' : 'park',
    strength: Math.min(1, 0.25 + sum.documents.size / 6),
    text: `${sum.plans > 0 ? '规' : ''}${sum.parks > 0 ? '园' : ''}${sum.documents.size}`,
  };
}
