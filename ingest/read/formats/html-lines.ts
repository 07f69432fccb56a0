import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * The lines of a web page's main text, as a plain-text plan would have them: one paragraph or
 * heading a line, a table row a line with its cells joined by tabs (a row of one cell starts
 * with a tab: the form of a table flattened one cell a line). Scripts, navigation, headers,
 * footers, share bars and other page chrome are dropped; of what is left, the element holding
 * most of the text is the article (government sites wrap it in many layers of layout).
 */
export function htmlLines(html: string): string[] {
  const $ = cheerio.load(html);
  $(DROPPED).remove();
  $('*').each((_, element) => {
    const marks = `${$(element).attr('class') ?? ''} ${$(element).attr('id') ?? ''}`;
    if (CHROME_MARK.test(marks) && !ARTICLE_MARK.test(marks)) $(element).remove();
  });
  // cheerio.load always wraps what it reads in html and body.
  const body = $('body').get(0);
  if (!body) return [];
  const lines: string[] = [];
  const writer = new LineWriter(lines);
  walk(articleOf($, body), writer);
  writer.flush();
  return lines;
}

/** Elements that never hold a plan's text. */
const DROPPED =
  'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select';
/** Class or id words of page chrome on government and news sites. */
const CHROME_MARK =
  /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs?|position|location|footer|foot|header|head|top|toolbar|tools|share|sidebar|side|copyright|banner|logo|search|related|pager|print)([\s_-]|$)/iu;
const ARTICLE_MARK = /(article|content|zoom|main|text|detail|body)/iu;

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'caption',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
]);

/**
 * The element that is the article: the deepest one holding at least 60% of the page's text
 * (descending while one child still holds that much), so a layout wrapper's leftovers around
 * the article stay out — but not past the article's title: an element whose own children
 * include a heading (h1–h3, or a …title… class) is the article, title and all.
 */
function articleOf($: cheerio.CheerioAPI, body: Element): Element {
  const total = textLength($, body);
  let current = body;
  for (;;) {
    const children = $(current).children().toArray();
    const next = children.find((child) => textLength($, child) >= total * 0.6);
    if (!next || next.tagName === 'table' || next.tagName === 'p') return current;
    const titled = children.some(
      (child) =>
        child !== next &&
        (/^h[1-3]$/u.test(child.tagName) || /title/iu.test($(child).attr('class') ?? '')) &&
        textLength($, child) > 0,
    );
    if (titled) return current;
    current = next;
  }
}

function textLength($: cheerio.CheerioAPI, element: Element): number {
  return $(element).text().replace(/\s+/gu, '').length;
}

function walk(node: AnyNode, writer: LineWriter): void {
  if (node.type === 'text') {
    writer.write(node.data);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const element = node as Element;
  const tag = node.type === 'tag' ? element.tagName : 'body';
  if (tag === 'br') {
    writer.flush();
    return;
  }
  if (tag === 'table') {
    writer.flush();
    for (const row of tableRows(element)) writer.line(row);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) writer.flush();
  for (const child of element.children) walk(child, writer);
  if (block) writer.flush();
}

/** A table's rows, cells joined by tabs; nested tables' rows come after their row. */
function tableRows(table: Element): string[] {
  const rows: string[][] = [];
  const spans = new ColumnSpans();
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'tag') continue;
      if (child.tagName === 'tr') rows.push(spans.place(rowCells(child)));
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return withoutEmptyColumns(rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))).map((cells) =>
    cells.length === 1 ? `\t${cells[0]}` : cells.join('\t'),
  );
}

/**
 * Rows without the columns that are empty in every row: word processors add such a column
 * when a table is converted (a layout column), and it would shift nothing but the count.
 */
export function withoutEmptyColumns(rows: string[][]): string[][] {
  const kept = filledColumns(rows);
  // A row keeps its own length: only the emptied columns go.
  return rows.map((cells) =>
    kept.filter((column) => column < cells.length).map((column) => cells[column] ?? ''),
  );
}

/** The columns of a table with text in at least one row. */
export function filledColumns(rows: string[][]): number[] {
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  return [...Array(width).keys()].filter((column) => rows.some((cells) => (cells[column] ?? '') !== ''));
}

/** The most rows or columns a cell is taken to span (a page's rowspan="9999" spans no more). */
const MAX_SPAN = 50;

interface SpannedCell {
  text: string;
  rows: number;
  columns: number;
}

function rowCells(row: Element): SpannedCell[] {
  return row.children
    .filter((child): child is Element => child.type === 'tag' && /^t[dh]$/u.test(child.tagName))
    .map((cell) => {
      const lines: string[] = [];
      const writer = new LineWriter(lines);
      for (const child of cell.children) walk(child, writer);
      writer.flush();
      const span = (name: string) =>
        Math.min(MAX_SPAN, Math.max(1, Number.parseInt(cell.attribs[name] ?? '1', 10) || 1));
      // A cell's own paragraphs stay in the cell: a row is one line.
      return { text: lines.join('').replace(/\t/gu, ' '), rows: span('rowspan'), columns: span('colspan') };
    });
}

/**
 * Where a table's cells stand once rowspan and colspan are laid out: a cell spanning rows
 * stands in each row it spans — blank when it leads the row (the table reader fills such
 * cells down and cites the cell above), its text otherwise; a cell spanning columns stands in
 * the first and leaves the others blank (none at the row's end: a note across the table is a
 * row of one cell).
 */
class ColumnSpans {
  /** Per column, the text of a cell from a row above and how many rows it still spans. */
  private readonly above = new Map<number, { text: string; rows: number }>();

  place(cells: SpannedCell[]): string[] {
    const row: string[] = [];
    let leading = true;
    let column = 0;
    const fromAbove = () => {
      for (let spanned = this.above.get(column); spanned; spanned = this.above.get(column)) {
        row[column] = leading ? '' : spanned.text;
        if (spanned.rows <= 1) this.above.delete(column);
        else spanned.rows -= 1;
        column += 1;
      }
    };
    for (const cell of cells) {
      fromAbove();
      leading = false;
      for (let part = 0; part < cell.columns; part += 1) {
        row[column] = part === 0 ? cell.text : '';
        if (cell.rows > 1) this.above.set(column, { text: cell.text, rows: cell.rows - 1 });
        column += 1;
      }
    }
    const placed = column;
    fromAbove();
    // The last cell's spanned columns, when nothing from above follows them, are left out.
    const trailing = column === placed ? (cells.at(-1)?.columns ?? 1) - 1 : 0;
    return Array.from(row.slice(0, column - trailing), (text) => text ?? '');
  }
}

/** Gathers inline text into lines: whitespace collapsed, and dropped next to Chinese characters. */
class LineWriter {
  private parts: string[] = [];
  constructor(private readonly lines: string[]) {}

  write(text: string): void {
    this.parts.push(text);
  }

  line(text: string): void {
    this.flush();
    this.lines.push(text);
  }

  flush(): void {
    const text = collapseWhitespace(this.parts.join(''));
    this.parts = [];
    if (text !== '') this.lines.push(text);
  }
}

const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…';
const BREAK_NEXT_TO_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t]*\\n\\s*|[ \\t]*\\n\\s*(?=[${WIDE}])`, 'gu');

/**
 * Whitespace as a browser shows it: runs collapsed to one space. Source HTML also breaks lines
 * anywhere, and Chinese has no spaces between words, so a line break next to a Chinese
 * character or full-width punctuation is layout and goes; a typed space (第一篇 全面…) stays.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(BREAK_NEXT_TO_WIDE, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}
