import { parseChineseNumber } from './chinese-numerals.ts';
import { type CleanLine, cleanLine, foldWidth } from './clean-line.ts';
import type { HeadingRank } from './plan-document.ts';

/** What one line of a converted plan is, judged on its own. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'toc' }
  | { kind: 'heading'; rank: HeadingRank; label: string; number: number; title: string }
  | { kind: 'box'; number: string; title: string }
  /** One table cell alone on a tab-indented line (a table flattened one cell a line). */
  | { kind: 'cell'; text: string }
  /** Tab-separated cells (a table flattened one row a line). */
  | { kind: 'row'; cells: string[] }
  | { kind: 'text' };

export interface ClassifiedLine {
  /** 1-based line number. */
  line: number;
  original: string;
  clean: CleanLine;
  /** Clean text with full-width digits, letters and key punctuation folded, for matching. */
  folded: string;
  type: LineKind;
}

const NUMERAL = '[一二三四五六七八九十百零〇○两\\d]+';
const STRUCTURAL = new RegExp(`^第(${NUMERAL})\\s*(篇|章|节)(?:[\\s:、.]+|$)(.*)$`, 'u');
const ITEM_PATTERNS: { rank: HeadingRank; pattern: RegExp; label: (n: string) => string }[] = [
  { rank: 'item1', pattern: /^([一二三四五六七八九十]+)[、.]\s*(.+)$/u, label: (n) => `${n}、` },
  { rank: 'item2', pattern: /^\(([一二三四五六七八九十]+)\)\s*(.*)$/u, label: (n) => `（${n}）` },
  { rank: 'item3', pattern: /^(\d{1,2})[.、](?!\d)\s*(.+)$/u, label: (n) => `${n}.` },
  { rank: 'item4', pattern: /^\((\d{1,2})\)\s*(.+)$/u, label: (n) => `（${n}）` },
];
const RANK_OF: Record<string, HeadingRank> = { 篇: 'part', 章: 'chapter', 节: 'section' };
const BOX = /^专栏\s*(\d+(?:\s*[-－—–]\s*\d+)?)\s*[:、.]?\s*(.*)$/u;
/** A table-of-contents entry ends in leader dots and/or a tab and a page number. */
const TOC_ENTRY = /(?:[.…·]{2,}|\t)\s*(?:<\/?b>)*\s*\d+\s*(?:<\/?b>)*\s*$/u;
const TOC_TITLE = /^目\s*录$/u;
const MARKDOWN_HEADING = /^\s*#{1,6}\s/u;
const MARKDOWN_ROW = /^\s*\|(.*)\|\s*$/u;
/**
 * A list item's mark opening a line: `- `, `• `, `1. `, `1、`, `（1）`, `01 ` (not a figure, `1.5`,
 * nor a count, `10 万吨`: a number without a point is a mark only zero-padded, before a space).
 */
export const LIST_MARK =
  /^\s*(?:[-*•·]|\d{1,2}[.、．](?!\d)|[（(][\d一二三四五六七八九十]{1,3}[）)]|0\d[ \u3000])\s*/u;
export const MARKDOWN_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/u;

export function classifyLine(original: string, line: number): ClassifiedLine {
  const clean = cleanLine(original);
  const folded = foldWidth(clean.text);
  return { line, original, clean, folded, type: kindOf(original, clean.text, folded) };
}

function kindOf(original: string, text: string, folded: string): LineKind {
  if (text === '') return original.startsWith('\t') ? { kind: 'cell', text: '' } : { kind: 'blank' };
  if (TOC_TITLE.test(text)) return { kind: 'toc' };
  const box = BOX.exec(folded);
  if (box?.[1])
    return {
      kind: 'box',
      number: box[1].replace(/\s|[－—–]/g, (c) => (/\s/.test(c) ? '' : '-')),
      title: text.slice(text.length - (box[2] ?? '').length).trim(),
    };

  const body = original.startsWith('\t') ? original.slice(1) : original;
  const structural = STRUCTURAL.exec(folded);
  if (structural && TOC_ENTRY.test(original)) return { kind: 'toc' };
  if (body.includes('\t')) {
    const cells = original.split('\t').map((cell) => cleanLine(cell).text);
    // Leading empty cells are merged cells of a row-per-line table (`\t\t电子信息`): one filled cell is enough.
    const filled = cells.filter((cell) => cell !== '').length;
    if (cells.length >= 3 && (filled >= 2 || (filled === 1 && cells[0] === '')))
      return { kind: 'row', cells };
  }
  if (original.startsWith('\t')) return { kind: 'cell', text };
  // A Markdown table: `| 项目名称 | 建设地点 |` a row, `| --- | :---: |` only its rule.
  if (MARKDOWN_RULE.test(original)) return { kind: 'blank' };
  const piped = MARKDOWN_ROW.exec(original)?.[1];
  if (piped !== undefined) {
    const cells = piped.split('|').map((cell) => cleanLine(cell).text);
    if (cells.length >= 2 && cells.some((cell) => cell !== '')) return { kind: 'row', cells };
  }

  if (structural?.[1] && structural[2]) {
    const title = titleOf(text.slice(text.length - (structural[3] ?? '').length));
    if (!/[。；]/.test(title) && title.length <= 60) {
      return {
        kind: 'heading',
        rank: RANK_OF[structural[2]] ?? 'section',
        label: `第${structural[1]}${structural[2]}`,
        number: parseChineseNumber(structural[1]),
        title,
      };
    }
  }
  for (const { rank, pattern, label } of ITEM_PATTERNS) {
    const item = pattern.exec(folded);
    if (item?.[1]) {
      return {
        kind: 'heading',
        rank,
        label: label(item[1]),
        number: parseChineseNumber(item[1]),
        title: leadOf(text.slice(text.length - (item[2] ?? '').length)),
      };
    }
  }
  if (MARKDOWN_HEADING.test(original) && text.length <= 80) {
    return { kind: 'heading', rank: 'title', label: '', number: 0, title: text };
  }
  return { kind: 'text' };
}

function titleOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lead of a numbered item: its text up to the first full stop, colon or semicolon. */
function leadOf(text: string): string {
  const lead = /^(.*?)[。；：:;！!？?]/u.exec(text)?.[1] ?? text;
  const trimmed = lead.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
