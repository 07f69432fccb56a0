import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanDocument, Table } from '../../ingest/read/plan-document.ts';
import { decodeSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';
import { CORPUS } from './test-graph.ts';

export const CORPUS_FILES = {
  huaihua: 'huaihua-14th-five-year-plan.txt',
  hongjiang: 'hongjiang-14th-five-year-plan.txt',
  xiangxi: 'xiangxi-14th-five-year-plan.txt',
  yongzhou: 'yongzhou-14th-five-year-plan.txt',
  gazette: 'hongjiang-gazette-2026-01.txt',
} as const;

const cache = new Map<string, PlanDocument>();

/** A corpus document read and segmented as ingest does it (cached: the tests only read it). */
export function corpusDocument(file: string): PlanDocument {
  let document = cache.get(file);
  if (!document) {
    document = segmentDocument(decodeSourceText(file, readFileSync(path.join(CORPUS, file))));
    cache.set(file, document);
  }
  return document;
}

/** The table whose caption mentions the words, e.g. the 十四五 indicator table. */
export function tableCaptioned(document: PlanDocument, words: RegExp): Table {
  const table = document.tables.find((candidate) => words.test(candidate.caption));
  if (!table) throw new Error(`${document.file} has no table captioned ${words}`);
  return table;
}

/** A row as plain texts. */
export function rowTexts(table: Table, index: number): string[] {
  return (table.rows[index] ?? []).map((cell) => cell.text);
}
