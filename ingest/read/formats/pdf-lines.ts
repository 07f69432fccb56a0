import { FormatProblem, type FormatText } from './format-problem.ts';
import { filledColumns } from './html-lines.ts';
import { type PdfPage, type PdfTextItem, pdfPages } from './pdf-pages.ts';
import { type CellBox, cellAround, pageRules, type RuledTable, ruledTables } from './pdf-rules.ts';

/** One visual line of a page: its text and where it sits (PDF units, y upwards). */
interface VisualLine {
  page: number;
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Where each tab-separated segment starts: the columns of a table row. */
  columns: number[];
  /** The cells of a row of a ruled table (its text is made from them at the end). */
  cells?: string[];
  /** For each cell, whether its last line runs to the cell's right edge (it may go on). */
  full?: boolean[];
}

/**
 * A PDF's text layer as lines of plain text, each with its page:
 *   items → a page's lines: ruled tables' rows (cells found from the border lines) and the
 *   running text's lines (by baseline, left to right; wide gaps become tabs)
 *   → running heads, feet and page numbers dropped → paragraphs rejoined where a line runs
 *   to the right margin → a table's empty columns dropped → rows split by a page break
 *   rejoined → wrapped cells of unruled tables rejoined to their row.
 * A PDF without text (a scan), with a password, or damaged is refused in plain words.
 */
export async function pdfLines(bytes: Uint8Array): Promise<FormatText> {
  const pages = await readPages(bytes);
  const lines = dropRunningLines(pages);
  if (lines.length === 0) {
    throw new FormatProblem(
      'is a PDF without a text layer (a scanned image?); this tool reads text, not images: use the text version of the document, or run OCR first',
      'pdf-no-text',
    );
  }
  const joined = joinWrappedCells(
    joinRowsAcrossPages(withoutEmptyTableColumns(joinParagraphs(lines))).map(rowText),
  );
  return { lines: joined.map((line) => line.text), pages: joined.map((line) => line.page) };
}

async function readPages(bytes: Uint8Array): Promise<VisualLine[][]> {
  const pages: PdfPage[] = await pdfPages(bytes);
  return pages.map((page, index) =>
    pageLines(index + 1, page.items.map(placed), ruledTables(pageRules(page.operations))),
  );
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;

/** A piece of text where the page shows it. */
interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

function placed(item: PdfTextItem): Placed {
  return {
    text: item.str,
    x: item.transform[4] as number,
    y: item.transform[5] as number,
    width: item.width,
    size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height || 10,
  };
}

/**
 * A page's lines: the rows of its ruled tables (a row a line, cells joined by tabs, each
 * cell's wrapped lines joined) and the running text around them, top to bottom.
 */
function pageLines(page: number, items: Placed[], tables: RuledTable[]): VisualLine[] {
  const cells = new Map<RuledTable, Map<string, Placed[]>>();
  const free: Placed[] = [];
  for (const item of items.flatMap((item) => splitAtRules(item, tables))) {
    const x = item.x + item.width / 2;
    const y = item.y + item.size * 0.3;
    const table = tables.find(({ box }) => x > box.left && x < box.right && y > box.bottom && y < box.top);
    const cell = table && cellAround(table.rules, x, y);
    if (!table || !cell) {
      free.push(item);
      continue;
    }
    const byCell = cells.get(table) ?? new Map<string, Placed[]>();
    byCell.set(cellKey(cell), [...(byCell.get(cellKey(cell)) ?? []), item]);
    cells.set(table, byCell);
  }
  const lines = visualLines(page, free);
  for (const [table, byCell] of cells) lines.push(...tableRows(page, table, byCell));
  return lines.sort((a, b) => b.y - a.y || a.left - b.left);
}

function cellKey(cell: CellBox): string {
  return [cell.left, cell.right, cell.bottom, cell.top].map((v) => v.toFixed(1)).join(',');
}

/** An item that runs across a table's column rule (pdfjs joins neighbouring cells' text) is cut there. */
function splitAtRules(item: Placed, tables: RuledTable[]): Placed[] {
  const y = item.y + item.size * 0.3;
  const cuts = tables
    .flatMap((table) => table.rules.vertical)
    .filter(
      (rule) => rule.from <= y && rule.to >= y && rule.at > item.x + 1 && rule.at < item.x + item.width - 1,
    )
    .map((rule) => rule.at)
    .sort((a, b) => a - b);
  if (cuts.length === 0 || item.text.length < 2) return [item];
  const characters = [...item.text];
  const perCharacter = item.width / characters.length;
  const pieces: Placed[] = [];
  let start = 0;
  for (const cut of [...cuts, item.x + item.width]) {
    const end = Math.min(characters.length, Math.max(start, Math.round((cut - item.x) / perCharacter)));
    const text = characters.slice(start, end).join('');
    if (text.trim() !== '') {
      pieces.push({
        ...item,
        text: text.trim(),
        x: item.x + start * perCharacter,
        width: (end - start) * perCharacter,
      });
    }
    start = end;
  }
  return pieces;
}

/**
 * A ruled table's rows, one line each: for every band between two row rules, the cells that
 * start in it (found by probing each column's middle), left to right, empty where a cell
 * from a row above spans down (the table reader fills it down) — so columns stay aligned.
 */
function tableRows(page: number, table: RuledTable, byCell: Map<string, Placed[]>): VisualLine[] {
  const rows: VisualLine[] = [];
  for (let band = 0; band + 1 < table.rows.length; band += 1) {
    const top = table.rows[band] as number;
    const bottom = table.rows[band + 1] as number;
    const middle = (top + bottom) / 2;
    const seen = new Set<string>();
    const texts: string[] = [];
    const full: boolean[] = [];
    let size = 0;
    for (let column = 0; column + 1 < table.columns.length; column += 1) {
      const x = ((table.columns[column] as number) + (table.columns[column + 1] as number)) / 2;
      const cell = cellAround(table.rules, x, middle);
      if (!cell || seen.has(cellKey(cell))) continue;
      seen.add(cellKey(cell));
      if (cell.top > top + 1.5) {
        texts.push('');
        full.push(false);
        continue;
      }
      const items = byCell.get(cellKey(cell)) ?? [];
      size = Math.max(size, ...items.map((item) => item.size));
      const lines = visualLines(page, items);
      texts.push(lines.map((line) => line.text.replace(/\t/gu, ' ')).reduce(joinWrapped, ''));
      const last = lines.at(-1);
      full.push(last !== undefined && last.right >= cell.right - 1.5 * last.size);
    }
    if (texts.every((text) => text === '')) continue;
    rows.push({
      page,
      cells: texts,
      full,
      text: texts.join('\t'),
      left: table.box.left,
      right: table.box.right,
      y: top - 1,
      size: size || 10,
      columns: [],
    });
  }
  return rows;
}

/** A table (a run of ruled rows, across pages too) loses the columns empty in all its rows. */
function withoutEmptyTableColumns(lines: VisualLine[]): VisualLine[] {
  const out: VisualLine[] = [];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (lines[end]?.cells) end += 1;
    if (end === start) {
      out.push(lines[start] as VisualLine);
      start += 1;
      continue;
    }
    const run = lines.slice(start, end);
    const kept = filledColumns(run.map((row) => row.cells ?? []));
    for (const row of run) {
      out.push({
        ...row,
        cells: kept
          .filter((column) => column < (row.cells?.length ?? 0))
          .map((column) => row.cells?.[column] ?? ''),
        full: kept
          .filter((column) => column < (row.cells?.length ?? 0))
          .map((column) => row.full?.[column] ?? false),
      });
    }
    start = end;
  }
  return out;
}

/** A ruled row's text: cells joined by tabs; a row of one cell starts with a tab. */
function rowText(line: VisualLine): VisualLine {
  const cells = line.cells;
  if (!cells) return line;
  return { ...line, text: cells.length === 1 ? `\t${cells[0]}` : cells.join('\t') };
}

/** Two pieces of one wrapped text: joined directly, with a space only between Latin words. */
function joinWrapped(before: string, after: string): string {
  const space = /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? ' ' : '';
  return before + space + after;
}

/** Items as lines: same baseline (within 0.4 of the font size), left to right. */
function visualLines(page: number, items: Placed[]): VisualLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Placed[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.size, item.size))
      group.push(item);
    else groups.push([item]);
  }
  const lines: VisualLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((item) => item.size));
    let text = '';
    let end: number | undefined;
    let last = '';
    const columns: number[] = [];
    for (const item of group) {
      // Spaces pdfjs puts between Latin and Chinese runs are layout: their gap decides.
      if (item.text.trim() === '') continue;
      const gap = end === undefined ? 0 : item.x - end;
      if (end === undefined) columns.push(item.x);
      else if (gap > 1.5 * size) {
        text += '\t';
        columns.push(item.x);
      } else if (gap > 0.2 * size && !WIDE.test(last) && !WIDE.test(item.text[0] ?? '')) text += ' ';
      text += item.text;
      last = item.text.at(-1) ?? '';
      end = item.x + item.width;
    }
    if (text.trim() === '' || end === undefined) continue;
    lines.push({ page, text, left: columns[0] as number, right: end, y: group[0]?.y ?? 0, size, columns });
  }
  return lines;
}

const PAGE_NUMBER =
  /^[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/u;

/**
 * Running heads and feet: the first or last line of a page when the same text (numbers aside)
 * opens or closes many pages, and page numbers alone on a page's first or last line.
 */
function dropRunningLines(pages: VisualLine[][]): VisualLine[] {
  const edgeCount = new Map<string, number>();
  const key = (line: VisualLine) => line.text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((line) => line !== undefined).map(key));
    for (const edge of edges) edgeCount.set(edge, (edgeCount.get(edge) ?? 0) + 1);
  }
  const repeated = Math.max(3, Math.ceil(pages.length * 0.3));
  const kept: VisualLine[] = [];
  for (const lines of pages) {
    lines.forEach((line, index) => {
      const atEdge = index <= 1 || index >= lines.length - 2;
      const running =
        (index === 0 || index === lines.length - 1) && (edgeCount.get(key(line)) ?? 0) >= repeated;
      if (!(atEdge && PAGE_NUMBER.test(line.text)) && !running) kept.push(line);
    });
  }
  return kept;
}

/** The body text's left and right margins: where most lines start, and where full lines end. */
function margins(lines: VisualLine[]): { left: number; right: number } {
  const mode = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  };
  const rights = lines.map((line) => line.right);
  const widest = Math.max(...rights);
  return {
    left: mode(lines.map((line) => line.left)),
    // Full lines of running text end at the same place; the widest half of lines shows where.
    right: mode(rights.filter((right) => right >= widest * 0.75)),
  };
}

const SENTENCE_END = /[。！？!?；;：:][”’」』）)]*$/u;

/**
 * How wide the Latin word or number a line opens with is, about (half a CJK character per
 * character): a line that wraps before `10%` or `GDP` stops short of the margin by that much.
 */
function latinLead(line: VisualLine): number {
  return (/^[A-Za-z0-9.%+/-]+/u.exec(line.text)?.[0].length ?? 0) * 0.6 * line.size;
}

/**
 * A paragraph wraps where a line reaches the right margin (or would have, but for the Latin
 * word the next line opens with); the next line, not indented, in
 * the same font size and just below (or at the top of the next page), goes on with it.
 */
function joinParagraphs(lines: VisualLine[]): VisualLine[] {
  const { left, right } = margins(lines);
  const out: VisualLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const continues =
      previous !== undefined &&
      !previous.text.includes('\t') &&
      !line.text.includes('\t') &&
      Math.abs(previous.size - line.size) < 0.5 &&
      previous.right + latinLead(line) >= right - 1.2 * previous.size &&
      !SENTENCE_END.test(previous.text) &&
      line.left <= left + 0.5 * line.size &&
      (line.page !== previous.page || previous.y - line.y <= 2 * line.size);
    if (continues) {
      previous.text = joinWrapped(previous.text, line.text);
      previous.right = line.right;
      previous.y = line.y;
    } else out.push({ ...line });
  }
  return out;
}

/**
 * A table row can break across a page: the last line of a page is a ruled row and the first
 * line of the next a ruled row of as many cells whose every filled cell goes on from a cell
 * that ran to its right edge (or, when the first cell goes on empty, stopped mid-phrase) — the
 * rest of the same row — so its pieces join the row's cells.
 */
function joinRowsAcrossPages(lines: VisualLine[]): VisualLine[] {
  const out: VisualLine[] = [];
  lines.forEach((line, index) => {
    const row = out.at(-1);
    const cells = row?.cells;
    const pieces = line.cells;
    const filled = (values: string[]) => values.filter((value) => value !== '').length;
    if (
      row &&
      cells &&
      pieces &&
      line.page === (lines[index - 1] as VisualLine).page + 1 &&
      cells.length >= 2 &&
      pieces.length === cells.length &&
      filled(pieces) > 0 &&
      pieces.every(
        (piece, column) =>
          piece === '' ||
          row.full?.[column] === true ||
          // The row's first cell goes on empty, and this cell stops mid-phrase: 洪江高新区（洪江 | 市）….
          (pieces[0] === '' && stopsMidPhrase(cells[column] ?? '')),
      )
    ) {
      row.cells = cells.map((cell, column) => joinWrapped(cell, pieces[column] ?? ''));
      return;
    }
    out.push(line);
  });
  return out;
}

/**
 * Whether a cell's text stops before its phrase ends: an open bracket, or a long text (a list
 * that wrapped) with no closing word or mark. A short name (化工新材料) is whole.
 */
function stopsMidPhrase(text: string): boolean {
  const open = (text.match(/[（(]/gu) ?? []).length > (text.match(/[）)]/gu) ?? []).length;
  return open || (text.length >= 10 && !/[。；;，,、等）)”]$/u.test(text));
}

/**
 * A table cell too long for its column wraps onto lines that hold only some of the row's
 * columns; such a line, right below a row and with every piece under one of its columns, is
 * put back into the cells it belongs to.
 */
function joinWrappedCells(lines: VisualLine[]): VisualLine[] {
  const out: VisualLine[] = [];
  for (const line of lines) {
    const row = out.at(-1);
    if (
      row &&
      row.columns.length >= 2 &&
      line.columns.length < row.columns.length &&
      row.page === line.page &&
      row.y - line.y <= 2 * line.size &&
      line.columns.every((x) => row.columns.some((column) => Math.abs(column - x) <= 0.5 * line.size))
    ) {
      const cells = row.text.split('\t');
      const pieces = line.text.split('\t');
      line.columns.forEach((x, index) => {
        const column = row.columns.findIndex((c) => Math.abs(c - x) <= 0.5 * line.size);
        cells[column] = `${cells[column] ?? ''}${pieces[index] ?? ''}`;
      });
      row.text = cells.join('\t');
      row.y = line.y;
      continue;
    }
    out.push({ ...line });
  }
  return out;
}
