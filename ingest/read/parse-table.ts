import type { Diagnostic } from '../diagnostics.ts';
import { type ClassifiedLine, MARKDOWN_RULE } from './classify-line.ts';
import type { Cell, Table } from './plan-document.ts';

/** A note under (or above) a table: `注：…`, `单位：亿元`. It ends the table. */
export const NOTE = /^(注|说明|备注|资料来源|数据来源|单位|计量单位)\s*[:：]/u;

/** A table found at some line, and the index of the first line after it. */
export interface ParsedTable {
  table: Omit<Table, 'caption' | 'boxNumber' | 'section' | 'notes'>;
  /** Index (0-based, into the classified lines) just past the table. */
  next: number;
}

/** Header cells and rows before merged cells are filled and rows checked. */
interface RawTable {
  form: Table['form'];
  blocks: Cell[][];
  firstIndex: number;
  lastIndex: number;
}

/**
 * Parses the table starting at `start`, whichever of the two flattened forms it has, or
 * returns null when the lines there are not a table (e.g. a 专栏 of running text).
 */
export function parseTable(
  lines: ClassifiedLine[],
  start: number,
  diagnostics: Diagnostic[],
  file: string,
): ParsedTable | null {
  const first = lines[start]?.type.kind;
  const raw =
    first === 'row'
      ? readRowPerLine(lines, start)
      : first === 'cell'
        ? readCellPerLine(lines, start)
        : first === 'text'
          ? readBareCells(lines, start)
          : null;
  if (!raw) return null;
  const [headerCells, ...bodyBlocks] = raw.blocks;
  if (!headerCells) return null;
  let header = headerCells.map((cell) => cell.text);
  let body = bodyBlocks;
  // A second header row: blank under the first columns, labels (not values) elsewhere.
  const second = body[0];
  let subHeaderKey: string | null = null;
  if (second && isSubHeader(second)) {
    header = mergeHeaderRows(
      header,
      second.map((cell) => cell.text),
    );
    subHeaderKey = key(second.map((cell) => cell.text));
    body = body.slice(1);
  }
  if (raw.form === 'cell-per-line') body = joinBrokenRows(body, header.length);
  // Page breaks repeat the header inside a table: drop the repeats.
  const headerKey = key(headerCells.map((cell) => cell.text));
  const rows: Cell[][] = [];
  for (const block of body) {
    const blockKey = key(block.map((cell) => cell.text));
    if (blockKey === headerKey || blockKey === subHeaderKey) continue;
    // Trailing blank cells are merged cells at the row's end, not missing ones.
    const filledWidth = trimTrailingBlanks(block).length;
    if (filledWidth > header.length || block.length < header.length) {
      diagnostics.push({
        file,
        line: block[0]?.line ?? lines[start]?.line ?? 0,
        severity: 'warning',
        rule: 'table-shape',
        message: `table row has ${filledWidth > header.length ? filledWidth : block.length} cells, expected ${header.length}`,
      });
    }
    const cells = block.slice(0, Math.max(filledWidth, header.length));
    while (cells.length < header.length)
      cells.push({ text: '', line: block[0]?.line ?? 0, filledDown: false });
    rows.push(fillDown(cells, rows.at(-1)));
  }
  const firstLine = lines[raw.firstIndex]?.line ?? 0;
  const lastLine = lines[raw.lastIndex]?.line ?? firstLine;
  return {
    table: { form: raw.form, line: firstLine, endLine: lastLine, header, rows },
    next: raw.lastIndex + 1,
  };
}

/** Rows of tab-separated cells; a page break may leave up to two blank lines inside the table. */
function readRowPerLine(lines: ClassifiedLine[], start: number): RawTable | null {
  const blocks: Cell[][] = [];
  let index = start;
  let lastIndex = start;
  while (index < lines.length) {
    const current = lines[index];
    // A Markdown row with its rule under it is a header: another table begins.
    if (blocks.length > 0 && MARKDOWN_RULE.test(lines[index + 1]?.original ?? '')) break;
    if (current?.type.kind === 'row' && !NOTE.test(current.folded)) {
      const { cells } = current.type;
      blocks.push(cells.map((text) => ({ text, line: current.line, filledDown: false })));
      lastIndex = index;
      index += 1;
    } else if (
      current?.type.kind === 'blank' &&
      nextNonBlankKind(lines, index, 2) === 'row' &&
      sameWidth(lines, index, blocks[0]?.length)
    ) {
      index += 1;
    } else {
      break;
    }
  }
  if (blocks.length < 2) return null;
  return { form: 'row-per-line', blocks, firstIndex: start, lastIndex };
}

/** A column's title: what a table of places, parks or industries heads its columns with. */
const COLUMN_TITLE =
  /^(?:序号|编号|名称|类别|类型|[\u4e00-\u9fff]{0,6}(?:名称|园区|地区|区域|县市区|市州|县区|区县|所在地?|产业|方向|定位|领域|面积|单位|规模|级别|批次))$/u;
/** A cell of a bare table: a short line, no sentence. */
const BARE_CELL = /^[^。；;！？!?]{1,40}$/u;
const MAX_COLUMNS = 8;

/**
 * A table a PDF or web page converter left one cell a line without tabs (`园区名称` / `主导产业` /
 * `邵阳经济开发区` / `先进装备制造、电子信息` …): two or more lines of column titles, then the
 * cells, as many lines as rows times columns, up to a blank line or anything else.
 */
function readBareCells(lines: ClassifiedLine[], start: number): RawTable | null {
  const titleAt = (index: number) => {
    const line = lines[index];
    return line?.type.kind === 'text' && COLUMN_TITLE.test(line.clean.text.trim());
  };
  if (!titleAt(start)) return null;
  let width = 1;
  while (width < MAX_COLUMNS && titleAt(start + width)) width += 1;
  if (width < 2) return null;
  let end = start + width;
  while (end < lines.length) {
    const line = lines[end];
    if (line?.type.kind !== 'text' || !BARE_CELL.test(line.clean.text.trim()) || NOTE.test(line.folded))
      break;
    end += 1;
  }
  const cells = end - start - width;
  if (cells < width) return null;
  // Only whole rows: a shorter last run is running text after the table.
  const last = start + width + cells - (cells % width) - 1;
  const blocks: Cell[][] = [];
  for (let index = start; index <= last; index += width) {
    blocks.push(
      lines.slice(index, index + width).map((line) => ({
        text: line.clean.text.trim(),
        line: line.line,
        filledDown: false,
      })),
    );
  }
  return { form: 'cell-per-line', blocks, firstIndex: start, lastIndex: last };
}

/** Whether the next row after blank lines has as many cells as the table's first: else it opens another table. */
function sameWidth(lines: ClassifiedLine[], index: number, width: number | undefined): boolean {
  let next = index;
  while (lines[next]?.type.kind === 'blank') next += 1;
  const type = lines[next]?.type;
  return width === undefined || (type?.kind === 'row' && type.cells.length === width);
}

/**
 * One cell a tab-indented line, rows separated by blank lines. A cell's text may continue on
 * a following short line without the tab (`主攻` / `方向`), even after a blank line.
 */
function readCellPerLine(lines: ClassifiedLine[], start: number): RawTable | null {
  const blocks: Cell[][] = [];
  let blankRun = 0;
  let index = start;
  let lastIndex = start;
  while (index < lines.length) {
    const current = lines[index] as ClassifiedLine;
    const type = current.type;
    if (type.kind === 'cell' && NOTE.test(current.folded)) break;
    if (type.kind === 'cell') {
      if (blocks.length === 0 || blankRun > 0) blocks.push([]);
      blocks.at(-1)?.push({ text: type.text, line: current.line, filledDown: false });
      blankRun = 0;
      lastIndex = index;
    } else if (type.kind === 'blank') {
      blankRun += 1;
      if (blankRun > 3) break;
    } else if (blocks.length > 0 && isCellContinuation(lines, index)) {
      const cell = blocks.at(-1)?.at(-1);
      if (cell) cell.text += current.clean.text;
      blankRun = 0;
      lastIndex = index;
    } else {
      break;
    }
    index += 1;
  }
  const header = blocks[0];
  if (blocks.length < 2 || !header || header.length < 2) return null;
  return { form: 'cell-per-line', blocks, firstIndex: start, lastIndex };
}

/**
 * A short untabbed line the table goes on after: the rest of a wrapped cell (`疗、怀康医疗…`),
 * or one piece of a cell broken a character a line (`经` / `济` / `发` / `展`).
 */
function isCellContinuation(lines: ClassifiedLine[], index: number, depth = 0): boolean {
  const current = lines[index];
  if (current?.type.kind !== 'text' || depth > 8) return false;
  const text = current.clean.text;
  if (text.length > 40 || /[。；;]/.test(text)) return false;
  let next = index + 1;
  while (next < lines.length && next <= index + 3 && lines[next]?.type.kind === 'blank') next += 1;
  const kind = lines[next]?.type.kind;
  return kind === 'cell' || (kind === 'text' && isCellContinuation(lines, next, depth + 1));
}

function nextNonBlankKind(lines: ClassifiedLine[], index: number, lookahead: number): string | undefined {
  for (let next = index + 1; next <= index + lookahead && next < lines.length; next += 1) {
    const kind = lines[next]?.type.kind;
    if (kind !== 'blank') return kind;
  }
  return undefined;
}

const VALUE = /^[\d.\-—–%％≥≤<>＞＜+[\]［］]+$/u;

/** A row under the header that continues it: starts blank and holds labels, not values. */
function isSubHeader(block: Cell[]): boolean {
  const texts = block.map((cell) => cell.text);
  const filled = texts.filter((text) => text !== '');
  return (
    texts[0] === '' &&
    filled.length > 0 &&
    filled.every((text) => !VALUE.test(text)) &&
    texts.filter((text) => text === '').length * 3 >= texts.length
  );
}

/**
 * Two header rows into one: `2020 年规划` over `数值`, `年均增长(%)` gives `2020 年规划 / 数值`,
 * `2020 年规划 / 年均增长(%)`. Row-per-line tables keep a blank cell where a header spans
 * columns; cell-per-line tables drop it, so there the upper cells past the shared leading ones
 * are spread evenly over the lower row.
 */
function mergeHeaderRows(top: string[], sub: string[]): string[] {
  const shared = sub.findIndex((text) => text !== '');
  const spanned = top.length - shared;
  if (sub.length > top.length && shared > 0 && spanned > 0 && (sub.length - shared) % spanned === 0) {
    const span = (sub.length - shared) / spanned;
    return [
      ...top.slice(0, shared),
      ...sub.slice(shared).map((below, offset) => `${top[shared + Math.floor(offset / span)]} / ${below}`),
    ];
  }
  const width = Math.max(top.length, sub.length);
  const merged: string[] = [];
  let spanning = '';
  for (let column = 0; column < width; column += 1) {
    const above = top[column] ?? '';
    const below = sub[column] ?? '';
    if (above !== '') spanning = above;
    const heading = above !== '' ? above : below !== '' ? spanning : '';
    merged.push(below !== '' && heading !== '' ? `${heading} / ${below}` : heading || below);
  }
  return trimTrailingBlanks(merged.map((text) => ({ text, line: 0, filledDown: false }))).map(
    (cell) => cell.text,
  );
}

/** A page break can cut a row in two (`民生福祉` / the rest): two short blocks that fill the width are one row. */
function joinBrokenRows(blocks: Cell[][], width: number): Cell[][] {
  const joined: Cell[][] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Cell[];
    const next = blocks[index + 1];
    if (next && block.length < width && next.length < width && block.length + next.length === width) {
      joined.push([...block, ...next]);
      index += 1;
    } else {
      joined.push(block);
    }
  }
  return joined;
}

/** Merged cells come out blank: the leading blanks of a row take the value of the row above. */
function fillDown(cells: Cell[], above: Cell[] | undefined): Cell[] {
  if (!above) return cells;
  const firstFilled = cells.findIndex((cell) => cell.text !== '');
  if (firstFilled <= 0) return cells;
  return cells.map((cell, column) => {
    const source = above[column];
    if (column >= firstFilled || cell.text !== '' || !source) return cell;
    return { text: source.text, line: source.line, filledDown: true };
  });
}

function trimTrailingBlanks(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.text === '') end -= 1;
  return cells.slice(0, end);
}

function key(texts: string[]): string {
  return texts.join('|').replace(/\s+/g, '');
}
