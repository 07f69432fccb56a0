/**
 * Targets as charts (Observable Plot, SVG): a region's goals as baseline → target bars, and one
 * indicator compared across regions and documents. Every mark carries its goal's id
 * (`data-goal`) and a click on it asks for the goal's evidence.
 */
import * as Plot from '@observablehq/plot';

/** A goal as the charts read it (the API's Goal fields the charts use). */
export interface ChartGoal {
  id: string;
  indicator: string;
  category: string | null;
  baseline: string | null;
  baselineValue: number | null;
  target: string | null;
  value: number | null;
  valueMax: number | null;
  qualifier: string | null;
  unit: string | null;
  kind: string | null;
  targetYear: number | null;
  status: string | null;
}

/** A goal of one indicator, with the region it is for and the document that sets it. */
export interface ComparedGoal extends ChartGoal {
  region: string;
  document: string;
  documentKind: string;
}

type PickGoal = (goalId: string) => void;

const LABEL_LENGTH = 20;
const ROW_HEIGHT = 22;

/** Marks whose shapes say which goal they show and open its evidence on a click. */
function clickable<T extends { id: string }>(rows: T[], pick: PickGoal): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (!group) return null;
    [...group.children].forEach((shape, k) => {
      const row = rows[index[k] ?? -1];
      if (!row || !(shape instanceof SVGElement)) return;
      shape.dataset.goal = row.id;
      shape.style.cursor = 'pointer';
      shape.addEventListener('click', () => pick(row.id));
    });
    return group;
  };
}

/** Indicator names as row labels, each one unique (a second 地区生产总值 gets its year). */
function rowLabels<T extends ChartGoal>(goals: T[]): (T & { label: string })[] {
  const seen = new Map<string, number>();
  return goals.map((goal) => {
    const short =
      goal.indicator.length > LABEL_LENGTH ? `${goal.indicator.slice(0, LABEL_LENGTH - 1)}…` : goal.indicator;
    const count = (seen.get(short) ?? 0) + 1;
    seen.set(short, count);
    return { ...goal, label: count > 1 ? `${short}（${count}）` : short };
  });
}

const byCategory = (a: ChartGoal, b: ChartGoal) =>
  (a.category ?? '').localeCompare(b.category ?? '', 'zh') || a.indicator.localeCompare(b.indicator, 'zh');

/** Goals with a baseline and a target as numbers: the bars of the progress chart. */
export function withBaseline(goals: ChartGoal[]): (ChartGoal & { index: number })[] {
  return goals
    .filter((g) => g.value !== null && g.baselineValue !== null && g.baselineValue > 0 && g.value > 0)
    .map((g) => ({ ...g, index: ((g.value as number) / (g.baselineValue as number)) * 100 }))
    .sort(byCategory);
}

/** Growth targets in percent without a baseline (增长6.5%左右): the bars of the growth chart. */
export function growthTargets(goals: ChartGoal[]): ChartGoal[] {
  return goals
    .filter((g) => g.kind === 'growth' && g.unit === '%' && g.value !== null && g.baselineValue === null)
    .sort(byCategory);
}

/**
 * Baseline → target: a bar from the baseline (= 100) to the target as a share of it, on a log
 * scale so that doubling and halving look alike; grouped by category (colour and order).
 */
export function progressChart(
  goals: ReturnType<typeof withBaseline>,
  pick: PickGoal,
): SVGSVGElement | HTMLElement {
  const rows = rowLabels(goals);
  return barChart(rows, 150, {
    x: { type: 'log', label: '目标 ÷ 基期 × 100（基期 = 100）', grid: true },
    marks: [
      Plot.barX(rows, {
        y: 'label',
        x1: 100,
        x2: 'index',
        fill: (d: ChartGoal) => d.category || '其他',
        title: (d: ChartGoal) =>
          `${d.indicator}\n${d.baseline ?? ''} → ${d.target ?? ''} ${d.unit ?? ''}（${d.targetYear ?? ''}）`,
        render: clickable(rows, pick),
      }),
      Plot.ruleX([100], { stroke: '#555' }),
      Plot.text(rows, {
        y: 'label',
        x: 'index',
        text: (d: ChartGoal) => `${d.baseline} → ${d.target} ${d.unit ?? ''}`,
        textAnchor: 'start',
        dx: 4,
        fontSize: 10,
      }),
    ],
  });
}

/** Growth targets (growthTargets) as bars of their percentage, the range's upper end as a tick. */
export function growthChart(goals: ChartGoal[], pick: PickGoal): SVGSVGElement | HTMLElement {
  const rows = rowLabels(goals);
  return barChart(rows, 120, {
    x: { label: '增长目标（%）', grid: true },
    marks: [
      Plot.barX(rows, {
        y: 'label',
        x: 'value',
        fill: (d: ChartGoal) => d.category || '其他',
        title: (d: ChartGoal) => `${d.indicator}\n${d.target ?? ''}（${d.targetYear ?? ''}）`,
        render: clickable(rows, pick),
      }),
      Plot.tickX(
        rows.filter((r) => r.valueMax !== null),
        { y: 'label', x: 'valueMax', stroke: '#333' },
      ),
      Plot.text(rows, {
        y: 'label',
        x: (d: ChartGoal) => d.valueMax ?? d.value,
        text: (d: ChartGoal) =>
          `${d.value}${d.valueMax !== null ? `–${d.valueMax}` : ''}%${d.qualifier ?? ''}`,
        textAnchor: 'start',
        dx: 4,
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** A row per goal (its label), coloured by category: the frame both bar charts share. */
function barChart(
  rows: { label: string }[],
  marginRight: number,
  options: Pick<Plot.PlotOptions, 'x' | 'marks'>,
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: 760,
    height: 60 + rows.length * ROW_HEIGHT,
    marginLeft: 250,
    marginRight,
    y: { domain: rows.map((r) => r.label), label: null },
    color: { legend: true, label: '类别' },
    ...options,
  });
}

/**
 * One indicator across regions and documents: a dot per goal at its value (a line to the
 * range's upper end), a row per region, the shape and colour telling the document's kind, the
 * target year written above it — a five-year plan's target beside a work report's yearly one.
 */
export function comparisonChart(goals: ComparedGoal[], pick: PickGoal): SVGSVGElement | HTMLElement {
  const regions = [...new Set(goals.map((g) => g.region))].sort(
    (a, b) =>
      Math.max(...goals.filter((g) => g.region === b).map((g) => g.value ?? 0)) -
      Math.max(...goals.filter((g) => g.region === a).map((g) => g.value ?? 0)),
  );
  const unit = goals[0]?.unit ?? '';
  // One value far above the rest (a table's mislabelled row, as written) would squeeze the
  // others into a corner: then the scale compresses large values.
  const values = goals.map((g) => g.valueMax ?? g.value ?? 0).sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] ?? 0;
  const skewed = median > 0 && (values.at(-1) ?? 0) / median > 20;
  return Plot.plot({
    width: 760,
    height: 70 + regions.length * 30,
    marginLeft: 160,
    marginRight: 40,
    x: {
      label: `目标值${unit ? `（${unit}）` : ''}${skewed ? '（压缩刻度）' : ''}`,
      grid: true,
      // Compressed: logarithmic when every value is positive, else symmetric-log.
      type: skewed ? ((values[0] ?? 0) > 0 ? 'log' : 'symlog') : 'linear',
    },
    y: { domain: regions, label: null },
    color: { legend: true, label: '文件' },
    symbol: { legend: false },
    marks: [
      Plot.link(
        goals.filter((g) => g.valueMax !== null),
        { y1: 'region', y2: 'region', x1: 'value', x2: 'valueMax', stroke: 'documentKind', strokeWidth: 3 },
      ),
      Plot.dot(goals, {
        y: 'region',
        x: 'value',
        fill: 'documentKind',
        symbol: 'documentKind',
        r: 6,
        title: (d: ComparedGoal) =>
          `${d.region} · ${d.indicator}\n${d.target ?? d.value}${d.unit ?? ''}（${d.targetYear ?? ''}）\n${d.document}`,
        render: clickable(goals, pick),
      }),
      Plot.text(goals, {
        y: 'region',
        x: 'value',
        text: (d: ComparedGoal) => String(d.targetYear ?? ''),
        dy: -11,
        fontSize: 9,
      }),
    ],
  });
}
