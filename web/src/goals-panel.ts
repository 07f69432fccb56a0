/**
 * Targets as charts: a region's goals (baseline → target, grouped by category; growth targets
 * as percentages), or one indicator compared across regions and documents (地区生产总值增长 as
 * each region set it, a five-year plan's target beside a work report's yearly one). A click on a
 * mark draws the goal with its region and document, and its evidence; each chart exports as SVG
 * and PNG, the goals behind the view as CSV.
 */
import { documentKindCaption } from '../../model/graph.ts';
import { graphql } from './api.ts';
import { button, el } from './dom.ts';
import type { ChartGoal, ComparedGoal } from './goal-charts.ts';
import { GOAL_CHART, type GoalChartAnswer, INDICATOR_GOALS, type IndicatorGoalsAnswer } from './queries.ts';
import { SearchBox } from './search-box.ts';
import type { StatusLine } from './status-line.ts';
import { exportButtons } from './svg-export.ts';
import { downloadCsv } from './toolbar.ts';

/** What the panel shows: a region's goals, or an indicator across regions. */
export type GoalsView = { region: { id: string; name: string } } | { indicator: string };

/** The charts and their library, loaded when the panel first shows a chart (not with the first screen). */
type Charts = typeof import('./goal-charts.ts');
let charts: Promise<Charts> | undefined;
const loadCharts = () => {
  // A failed load (the server gone) is tried again next time.
  charts ??= import('./goal-charts.ts').catch((error: unknown) => {
    charts = undefined;
    throw error;
  });
  return charts;
};

export class GoalsPanel {
  private shown: GoalsView | null = null;
  /** The goals behind the charts on screen, for the CSV. */
  private goals: (ChartGoal & { region?: string; document?: string })[] = [];
  private readonly body = el('div', 'goals-body');
  private readonly title = el('strong', '', '目标图表 · Targets');
  private readonly indicator = el('input');
  /** Called when what the panel shows changes (the URL keeps it). */
  onChange: () => void = () => {};

  constructor(
    private readonly panel: HTMLElement,
    private readonly status: StatusLine,
    /** Draws a goal with its region and document, and their evidence, on the canvas. */
    private readonly showGoal: (id: string) => Promise<void>,
  ) {
    const region = new SearchBox({
      placeholder: '地区的目标 · Goals of…',
      labels: ['Region'],
      onPick: (picked) => void this.show({ region: { id: picked.id, name: picked.name } }),
      onError: (error) => this.status.showError(error),
    });
    region.input.id = 'goals-region';
    this.indicator.type = 'search';
    this.indicator.id = 'goals-indicator';
    this.indicator.placeholder = '比较指标 · Compare (地区生产总值增长)';
    this.indicator.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && this.indicator.value.trim())
        void this.show({ indicator: this.indicator.value.trim() });
    });
    const bar = el('div', 'matrix-bar');
    bar.append(
      this.title,
      region.element,
      this.indicator,
      button('CSV', 'goals-csv', () => this.exportCsv()),
      button('关闭 Close', 'goals-close', () => this.close()),
    );
    panel.replaceChildren(bar, this.body);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** What the panel shows, when open. */
  get view(): GoalsView | null {
    return this.isOpen ? this.shown : null;
  }

  async open(): Promise<void> {
    this.panel.hidden = false;
    if (!this.shown) {
      this.body.replaceChildren(
        el('p', 'hint', '选择一个地区看它的目标，或输入一个指标在地区之间比较。点击图形查看原文依据。'),
      );
    }
    this.onChange();
  }

  close(): void {
    this.panel.hidden = true;
    this.onChange();
  }

  async show(view: GoalsView): Promise<void> {
    this.panel.hidden = false;
    this.shown = view;
    this.body.replaceChildren(el('p', 'hint', '正在汇总… Counting…'));
    const library = await this.status.whileBusy('正在加载图表… Loading charts…', loadCharts);
    if (!library) return;
    if ('region' in view) await this.showRegion(library, view.region);
    else await this.showIndicator(library, view.indicator);
    this.onChange();
  }

  /** A region's goals of one target year (the one with the most, at first) as charts. */
  private async showRegion(
    library: Charts,
    region: { id: string; name: string },
    targetYear: number | null = null,
  ): Promise<void> {
    const answer = await this.status.whileBusy('正在查询目标… Goals…', () =>
      graphql<GoalChartAnswer>(GOAL_CHART, { region: region.id, targetYear }),
    );
    if (!answer) return;
    const chart = answer.goalChart;
    this.title.textContent = `${region.name}的目标 · Goals`;
    if (chart.targetYear === null) {
      this.goals = [];
      this.body.replaceChildren(el('p', 'hint', `${region.name}没有带数值的目标 · No goal with a value.`));
      return;
    }
    const select = el('select');
    select.id = 'goals-year';
    for (const { year, count, withBaseline } of chart.years) {
      const caption = `${year} 年目标（${count} 个，${withBaseline} 个有基期）`;
      select.append(new Option(caption, String(year), false, year === chart.targetYear));
    }
    select.addEventListener('change', () => void this.showRegion(library, region, Number(select.value)));
    this.goals = chart.goals.map((g) => ({ ...g, region: region.name }));
    const inYear = chart.years.find((y) => y.year === chart.targetYear)?.count ?? 0;
    const cut =
      inYear > this.goals.length
        ? [el('p', 'hint', `共 ${inYear} 个，显示前 ${this.goals.length} 个（有基期的在前）。`)]
        : [];
    this.body.replaceChildren(select, ...cut, ...this.chartSections(library, this.goals));
  }

  private chartSections(library: Charts, goals: ChartGoal[]): HTMLElement[] {
    const sections: HTMLElement[] = [];
    const progress = library.withBaseline(goals);
    if (progress.length > 0)
      sections.push(
        this.section(
          '基期 → 目标 · Baseline → target',
          library.progressChart(progress, this.pickGoal),
          'goals-progress',
        ),
      );
    const growth = library.growthTargets(goals);
    if (growth.length > 0)
      sections.push(
        this.section('增长目标 · Growth targets', library.growthChart(growth, this.pickGoal), 'goals-growth'),
      );
    const rest = goals.length - progress.length - growth.length;
    sections.push(
      el(
        'p',
        'hint',
        rest > 0
          ? `另有 ${rest} 个目标的数值不宜画成图（无基期、非百分比增长），见 CSV。`
          : `${goals.length} 个目标。点击图形查看原文依据。`,
      ),
    );
    return sections;
  }

  private async showIndicator(library: Charts, indicator: string): Promise<void> {
    this.indicator.value = indicator;
    const answer = await this.status.whileBusy('正在比较… Comparing…', () =>
      graphql<IndicatorGoalsAnswer>(INDICATOR_GOALS, { indicator }),
    );
    if (!answer) return;
    this.title.textContent = `比较「${indicator}」· Compare`;
    const goals: ComparedGoal[] = answer.nodes.nodes
      .filter((g) => g.value !== null)
      .map((g) => ({
        ...g,
        region: g.regions[0]?.region.name ?? '？',
        document: g.setBy[0]?.document.title ?? '',
        documentKind: documentKindCaption(g.setBy[0]?.document.kind ?? ''),
      }));
    // Values are compared only in one unit and of one kind (增长 % with 增长 %).
    const groups = new Map<string, ComparedGoal[]>();
    for (const goal of goals) {
      const key = `${goal.unit ?? ''}|${goal.kind ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), goal]);
    }
    const ordered = [...groups].sort(([, a], [, b]) => b.length - a.length);
    if (ordered.length === 0) {
      this.goals = [];
      this.body.replaceChildren(el('p', 'hint', `没有带数值的「${indicator}」目标 · No goal with a value.`));
      return;
    }
    const select = el('select');
    select.id = 'goals-unit';
    for (const [key, group] of ordered) {
      const [unit, kind] = key.split('|');
      select.append(
        new Option(`${kind === 'growth' ? '增长' : '水平'} · ${unit || '无单位'}（${group.length}）`, key),
      );
    }
    const chart = el('div', 'goal-charts');
    const draw = () => {
      const group = groups.get(select.value) ?? [];
      this.goals = group;
      chart.replaceChildren(
        this.section(
          `${indicator} · 各地区与文件`,
          library.comparisonChart(group, this.pickGoal),
          'goals-comparison',
        ),
      );
    };
    select.addEventListener('change', draw);
    // The API's query cost allows 150 goals with their region and document per request.
    const unmatched = answer.nodes.totalCount - goals.length;
    this.body.replaceChildren(
      select,
      chart,
      el('p', 'hint', unmatched > 0 ? `另有 ${unmatched} 个目标没有数值。` : '点击图形查看原文依据。'),
    );
    draw();
  }

  /** A mark clicked: its goal drawn with its region, document and evidence, over the panel closed. */
  private readonly pickGoal = (id: string) => void this.showGoal(id).then(() => this.close());

  /** A chart with its heading and its SVG and PNG exports. */
  private section(heading: string, chart: Element, name: string): HTMLElement {
    const section = el('section', `goal-chart ${name}`);
    const head = el('h3', '', heading);
    head.append(
      ...exportButtons(
        () => chart,
        name,
        (error) => this.status.showError(error),
      ),
    );
    section.append(head, chart);
    return section;
  }

  private exportCsv(): void {
    const columns = [
      ['地区', 'region'],
      ['文件', 'document'],
      ['类别', 'category'],
      ['指标', 'indicator'],
      ['基期值', 'baseline'],
      ['基期数值', 'baselineValue'],
      ['目标值', 'target'],
      ['数值', 'value'],
      ['数值上限', 'valueMax'],
      ['限定', 'qualifier'],
      ['单位', 'unit'],
      ['目标年', 'targetYear'],
      ['状态', 'status'],
    ] as const;
    downloadCsv(
      [columns.map(([caption]) => caption), ...this.goals.map((goal) => columns.map(([, key]) => goal[key]))],
      'goals.csv',
    );
  }
}
