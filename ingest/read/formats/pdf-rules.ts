/** A ruled line of a page (a table border), in page space: horizontal at `at` from `from` to `to`, or vertical. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface PageRules {
  horizontal: Rule[];
  vertical: Rule[];
}

type Matrix = [number, number, number, number, number, number];

/** A drawing step of a page that places paths (pdf-worker.mjs): a path's box, in its own space. */
export type DrawingStep = ['save'] | ['restore'] | ['transform', number[]] | ['path', number[]];

/**
 * The ruled lines of a page from its drawing steps: every stroked or filled path whose box is
 * thin in one direction (a line segment, or a hairline rectangle, as word processors draw
 * table borders), placed with the current transformation.
 */
export function pageRules(steps: DrawingStep[]): PageRules {
  const rules: PageRules = { horizontal: [], vertical: [] };
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (const step of steps) {
    if (step[0] === 'save') saved.push(matrix);
    else if (step[0] === 'restore') matrix = saved.pop() ?? matrix;
    else if (step[0] === 'transform') matrix = multiply(step[1] as Matrix, matrix);
    else {
      const box = step[1];
      if (box.length < 4) continue;
      const [x1, y1] = apply(matrix, box[0] as number, box[1] as number);
      const [x2, y2] = apply(matrix, box[2] as number, box[3] as number);
      const [left, right] = [Math.min(x1, x2), Math.max(x1, x2)];
      const [bottom, top] = [Math.min(y1, y2), Math.max(y1, y2)];
      if (top - bottom < 2 && right - left > 4)
        rules.horizontal.push({ at: (top + bottom) / 2, from: left, to: right });
      else if (right - left < 2 && top - bottom > 4)
        rules.vertical.push({ at: (left + right) / 2, from: bottom, to: top });
    }
  }
  return rules;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A table cell found from the rules around a point: its box in page space. */
export interface CellBox {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/**
 * The cell around a point: the nearest vertical rules left and right of it and the nearest
 * horizontal rules above and below it, each long enough to pass the point. Undefined when
 * the point is not enclosed (running text).
 */
export function cellAround(rules: PageRules, x: number, y: number): CellBox | undefined {
  const [left, right] = nearestAround(rules.vertical, x, y);
  const [bottom, top] = nearestAround(rules.horizontal, y, x);
  if (![left, right, bottom, top].every(Number.isFinite)) return undefined;
  return { left, right, bottom, top };
}

/** Of the rules that pass `across` (within a unit), the nearest at or below `at` and at or above it. */
function nearestAround(rules: Rule[], at: number, across: number): [number, number] {
  let below = Number.NEGATIVE_INFINITY;
  let above = Number.POSITIVE_INFINITY;
  for (const rule of rules) {
    if (rule.from - 1 > across || rule.to + 1 < across) continue;
    if (rule.at <= at && rule.at > below) below = rule.at;
    if (rule.at >= at && rule.at < above) above = rule.at;
  }
  return [below, above];
}

/** A ruled table of a page: its rules (connected), outer box, row lines and column lines. */
export interface RuledTable {
  rules: PageRules;
  box: CellBox;
  /** Distinct y of its horizontal rules, top first. */
  rows: number[];
  /** Distinct x of its vertical rules, left first. */
  columns: number[];
}

/** Rules that touch each other form a table; one with at least two rules each way is kept. */
export function ruledTables(rules: PageRules): RuledTable[] {
  const all = [
    ...rules.horizontal.map((rule) => ({ rule, horizontal: true })),
    ...rules.vertical.map((rule) => ({ rule, horizontal: false })),
  ];
  const parent = all.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const touch = 1.5;
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i] as (typeof all)[number];
      const b = all[j] as (typeof all)[number];
      const crosses =
        a.horizontal !== b.horizontal
          ? b.rule.at >= a.rule.from - touch &&
            b.rule.at <= a.rule.to + touch &&
            a.rule.at >= b.rule.from - touch &&
            a.rule.at <= b.rule.to + touch
          : Math.abs(a.rule.at - b.rule.at) <= touch &&
            a.rule.from <= b.rule.to + touch &&
            b.rule.from <= a.rule.to + touch;
      if (crosses) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, PageRules>();
  all.forEach((entry, index) => {
    const root = find(index);
    const group = groups.get(root) ?? { horizontal: [], vertical: [] };
    (entry.horizontal ? group.horizontal : group.vertical).push(entry.rule);
    groups.set(root, group);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const rows = distinct(group.horizontal.map((rule) => rule.at)).sort((a, b) => b - a);
    const columns = distinct(group.vertical.map((rule) => rule.at)).sort((a, b) => a - b);
    if (rows.length < 2 || columns.length < 2) continue;
    tables.push({
      rules: group,
      box: {
        left: columns[0] as number,
        right: columns.at(-1) as number,
        top: rows[0] as number,
        bottom: rows.at(-1) as number,
      },
      rows,
      columns,
    });
  }
  return tables;
}

/** Values closer than 1.5 units are one (a border drawn twice, or a thick one). */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) if (out.length === 0 || value - (out.at(-1) as number) > 1.5) out.push(value);
  return out;
}
