import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeLabel } from '../../model/labels.ts';

/** One slot of a kind of question: an entity of one of these labels, in the order named. */
export interface Slot {
  name: string;
  labels: NodeLabel[];
  optional?: boolean;
}

export interface QuestionKind {
  kind: string;
  cues: string[];
  slots: Slot[];
}

/** How people ask (data/questions/question-forms.json): cue words, kinds, words not names. */
export interface QuestionForms {
  /** Other words for a thing, put in their place before reading (GDP → 地区生产总值). */
  synonyms: Record<string, string>;
  politeWords: string[];
  countCues: string[];
  roles: { role: string; cues: string[] }[];
  /** Words for a project's status (在建 → 续建): a projects question keeps the projects in it. */
  projectStatuses: { status: string; cues: string[] }[];
  periods: { cues: string[]; year: number }[];
  /**
   * Kinds of document a question may name (五年规划, 政府工作报告): a goal question whose parts
   * name two times or documents (…2026年…，五年规划定的…) compares them, in no one year.
   */
  documentKinds: string[];
  /** Units a goal question may ask in (亿元, 万人, %): goals in that unit come first. */
  units: string[];
  /** Names of indicators: the longest one a goal question holds narrows the goals asked for. */
  indicatorTerms: string[];
  /** Words that say nothing of a question's topic (有哪些, 重点…). */
  fillerWords: string[];
  parkKindWords: string[];
  /** Words of opinions, predictions, rankings, prices, people: what no plan document answers. */
  declineCues: string[];
  /** A-not-A questions (搞不搞, 有没有) as regular expressions: a check, as 是否 is. */
  checkPatterns: string[];
  termsNotNames: string[];
  kinds: QuestionKind[];
  examples: string[];
  /** Questions it can answer about an entity of a label, `{name}` standing for its name. */
  suggestions: Partial<Record<NodeLabel, string[]>>;
}

const FORMS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/questions/question-forms.json',
);

let forms: QuestionForms | undefined;

/** The question forms, read once. */
export function questionForms(): QuestionForms {
  forms ??= JSON.parse(readFileSync(FORMS_FILE, 'utf8')) as QuestionForms;
  return forms;
}
