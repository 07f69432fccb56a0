/**
 * The matrix of who develops what as an SVG picture, as shown (rows open, columns folded and
 * filtered): region names indented by level, industry names above their columns, each cell in
 * the colour of how the region develops the industry (plans, parks, both), as strong as the
 * number of documents saying so — the table's look, for the SVG and PNG exports.
 */

/** How one cell looks: the way (plan, park, both), its strength (0–1) and its text (规园3). */
export interface CellLook {
  way: 'plan' | 'park' | 'both';
  strength: number;
  text: string;
}

/** The table's colours (viewer.css: td.way-*), as RGB and the opacity at full strength. */
const WAY_COLOUR: Record<CellLook['way'], [string, number]> = {
  plan: ['37,99,235', 0.45],
  park: ['22,163,74', 0.45],
  both: ['13,148,136', 0.6],
};

const SVG = 'http://www.w3.org/2000/svg';
const CELL = 34;
const ROW = 20;
const NAME_WIDTH = 190;
const HEAD_HEIGHT = 120;

export function matrixImage(
  rows: { name: string; depth: number }[],
  columns: { name: string }[],
  look: (row: number, column: number) => CellLook | undefined,
): SVGSVGElement {
  const width = NAME_WIDTH + columns.length * CELL + 10;
  const height = HEAD_HEIGHT + rows.length * ROW + 10;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', 'sans-serif');
  svg.setAttribute('font-size', '11');
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    svg.append(element);
  };
  add('rect', { width, height, fill: '#ffffff' });
  columns.forEach((column, c) => {
    const x = NAME_WIDTH + c * CELL + CELL / 2;
    add('text', { x, y: HEAD_HEIGHT - 6, transform: `rotate(-60 ${x} ${HEAD_HEIGHT - 6})` }, column.name);
  });
  rows.forEach((row, r) => {
    const y = HEAD_HEIGHT + r * ROW;
    add('text', { x: 4 + row.depth * 12, y: y + ROW - 6 }, row.name);
    columns.forEach((_, c) => {
      const x = NAME_WIDTH + c * CELL;
      const cell = look(r, c);
      const [rgb, opacity] = cell ? WAY_COLOUR[cell.way] : ['255,255,255', 0];
      add('rect', {
        x,
        y,
        width: CELL,
        height: ROW,
        fill: `rgb(${rgb})`,
        'fill-opacity': cell ? cell.strength * opacity : 0,
        stroke: '#e4e7eb',
      });
      if (cell) add('text', { x: x + CELL / 2, y: y + ROW - 6, 'text-anchor': 'middle' }, cell.text);
    });
  });
  return svg;
}
