import type { Diagnostic } from '../diagnostics.ts';
import { foldNumbers } from './clean-line.ts';
import type { SourceText } from './read-source-text.ts';

/**
 * A document as the extractors see it: its heading tree, 专栏 boxes, tables, paragraphs and
 * sentences, every one with its 1-based line in the original file and its section path.
 */
export interface PlanDocument {
  file: string;
  /** The path it was read from, absolute; empty for text not read from a file. */
  path: string;
  format: SourceText['format'];
  encoding?: SourceText['encoding'];
  sha256: SourceText['sha256'];
  /**
   * The lines as read; `lines[n - 1]` is line n. The original lines, unless the document is in
   * traditional script: then in simplified characters, each as long as its original.
   */
  lines: string[];
  /** The original lines of a document in traditional script; evidence quotes are cut from these. */
  original?: string[];
  /** For a PDF, the page of each line (`pages[n - 1]` for line n). */
  pages?: number[];
  headings: Heading[];
  boxes: Box[];
  tables: Table[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  diagnostics: Diagnostic[];
}

/**
 * Heading ranks, outermost first: a title (document or notice name), 篇, 章, 节, then the
 * numbered items of Chinese official writing: 一、 › （一） › 1. › （1）.
 */
export const HEADING_RANKS = [
  'title',
  'part',
  'chapter',
  'section',
  'item1',
  'item2',
  'item3',
  'item4',
] as const;
export type HeadingRank = (typeof HEADING_RANKS)[number];

export interface Heading {
  rank: HeadingRank;
  /** The numbering as written: `第二篇`, `第一节`, `一、`, `（一）`, `1.`; empty for titles. */
  label: string;
  /** The number as an integer (0 for titles). */
  number: number;
  title: string;
  line: number;
  /** Last line of the heading when its title continues on a following line. */
  endLine: number;
  /** Section path of this heading, including itself: `第二篇 › 第一章 › 第一节`. */
  section: string;
}

/** A 专栏 box: a numbered sidebar with a title, often holding a table or a list of projects. */
export interface Box {
  /** As written: `3`, `2-1`. */
  number: string;
  title: string;
  line: number;
  endLine: number;
  /** Section path where the box stands. */
  section: string;
}

export interface Cell {
  text: string;
  /** Line where the cell's text starts; for a filled-down cell, the line of the cell it copies. */
  line: number;
  /** True when the cell was blank (a merged cell) and took the value of the cell above. */
  filledDown: boolean;
}

export interface Table {
  /** `cell-per-line`: one cell a line, rows between blank lines; `row-per-line`: tab-separated cells. */
  form: 'cell-per-line' | 'row-per-line';
  /** The 专栏 title or the caption line above the table; empty when there is none. */
  caption: string;
  /** Number of the 专栏 box holding the table, if any. */
  boxNumber: string | null;
  line: number;
  endLine: number;
  section: string;
  header: string[];
  rows: Cell[][];
  /** Lines such as `注：…` or `单位：亿元` beside the table. */
  notes: { text: string; line: number }[];
}

export interface Paragraph {
  line: number;
  /**
   * The line the paragraph opens at: its own, or, for a paragraph a converted file wrapped over
   * several lines (…引进20家以上企 / 业，发展…), the first of them.
   */
  opensAt: number;
  /** Text without markup (`<b>`, `**`, `#`), trimmed. */
  text: string;
  section: string;
  boxNumber: string | null;
}

export interface Sentence {
  line: number;
  /** The line its paragraph opens at (Paragraph.opensAt): a paragraph's subject holds to its end. */
  paragraph: number;
  /** Text without markup. */
  text: string;
  /** Verbatim substring of the original line that the sentence covers (may include markup). */
  quote: string;
  /** UTF-16 offset of the quote in the original line. */
  column: number;
  /** The last line, when the sentence runs on across a wrapped line (the quote then holds the line breaks). */
  endLine?: number;
  section: string;
  boxNumber: string | null;
}

/** Line n as written in the file, for quoting. */
export function originalLine(document: PlanDocument, line: number): string {
  return document.original?.[line - 1] ?? document.lines[line - 1] ?? '';
}

/** The original words where line n as read holds `text` (the same place: a line keeps its length when read). */
export function quoteOf(document: PlanDocument, line: number, text: string): string | undefined {
  const clean = document.lines[line - 1] ?? '';
  let at = text === '' ? -1 : clean.indexOf(text);
  // Text read with full-width forms folded (５％ as 5%): foldNumbers keeps offsets.
  if (at < 0 && text !== '') at = foldNumbers(clean).indexOf(text);
  return at < 0 ? undefined : originalLine(document, line).slice(at, at + text.length);
}
