import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** A question of tests/gold/questions.json: what a person asks and what a right answer holds. */
export interface GoldQuestion {
  question: string;
  /** A kind of data/questions/question-forms.json, or `unanswerable`. */
  kind: string;
  entities: string[];
  /** What a right answer must contain (names, values as written, 是 / 否, document files). */
  includes: string[];
  count?: boolean;
}

/** What ask answered (the fields the score reads). */
export interface AskedAnswer {
  understood: boolean;
  interpretation: string | null;
  kind: string | null;
  rows: (string | null)[][];
  count: number | null;
}

export const ASK_FIELDS = 'understood interpretation kind rows count';

export function goldQuestions(): GoldQuestion[] {
  return JSON.parse(
    readFileSync(path.join(ROOT, 'tests', 'gold', 'questions.json'), 'utf8'),
  ) as GoldQuestion[];
}

const plain = (text: string) => text.normalize('NFKC').replace(/[\s%％]/g, '');

/** An expected item is in an answer when a cell is it, holds it, or is held in it (短名 / 全名). */
function holds(rows: (string | null)[][], expected: string): boolean {
  const want = plain(expected);
  // 否 is answered by finding nothing: "未找到".
  const accepted = want === '否' ? ['否', '未找到'] : [want];
  return rows.some((row) =>
    row.some((cell) => {
      const have = plain(cell ?? '');
      return (
        have !== '' &&
        accepted.some((a) => have === a || have.includes(a) || (have.length >= 2 && a.includes(have)))
      );
    }),
  );
}

export type Verdict = 'right' | 'wrong kind' | 'missing' | 'not understood' | 'made up' | 'declined';

/**
 * Right: an answerable question read as its kind with every expected item in the rows; an
 * unanswerable one declined. An unanswerable question answered is made up.
 */
export function verdict(gold: GoldQuestion, answer: AskedAnswer): Verdict {
  if (gold.kind === 'unanswerable') return answer.understood ? 'made up' : 'declined';
  if (!answer.understood) return 'not understood';
  if (answer.kind !== gold.kind) return 'wrong kind';
  return gold.includes.every((item) => holds(answer.rows, item)) ? 'right' : 'missing';
}

export function isRight(v: Verdict): boolean {
  return v === 'right' || v === 'declined';
}
