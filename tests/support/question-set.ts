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

/**
 * The questions of a set in tests/gold: `questions.json` (written first, the one the rules were
 * developed on) or `questions-heldout.json` (written apart, by someone who saw none of the rules).
 */
export function goldQuestions(file = 'questions.json'): GoldQuestion[] {
  return JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', file), 'utf8')) as GoldQuestion[];
}

const plain = (text: string) => text.normalize('NFKC').replace(/[\s%％]/g, '');

/**
 * An expected item is in an answer when a cell is it, holds it, or is held in it (短名 / 全名),
 * under any of its names (`names`: the item and the graph's names for the entity it names).
 */
function holds(rows: (string | null)[][], names: string[]): boolean {
  // 否 is answered by finding nothing: "未找到".
  const accepted = names.map(plain).flatMap((want) => (want === '否' ? ['否', '未找到'] : [want]));
  return rows.some((row) =>
    row.some((cell) => {
      const have = plain(cell ?? '');
      return (
        have !== '' &&
        accepted.some((want) => (NUMBER.test(want) ? sameNumber(have, want) : sameName(have, want)))
      );
    }),
  );
}

const NUMBER = /^\d+(?:\.\d+)?$/;
/** A value as written (达500亿元, 25%以上): the number itself, not part of a longer one (2025, 250). */
const sameNumber = (have: string, want: string) =>
  new RegExp(`(?<![\\d.])${want.replace('.', '\\.')}(?![\\d.])`).test(have);
const sameName = (have: string, want: string) =>
  have === want || have.includes(want) || (have.length >= 2 && want.includes(have));

export type Verdict = 'right' | 'wrong kind' | 'missing' | 'not understood' | 'made up' | 'declined';

/**
 * Right: an answerable question read as its kind with every expected item in the rows; an
 * unanswerable one declined. An unanswerable question answered is made up. `namesOf`: the
 * names an expected item goes by in the graph (靖州县 is an alias of 靖州苗族侗族自治县).
 */
export function verdict(
  gold: GoldQuestion,
  answer: AskedAnswer,
  namesOf: (item: string) => string[] = (item) => [item],
): Verdict {
  if (gold.kind === 'unanswerable') return answer.understood ? 'made up' : 'declined';
  if (!answer.understood) return 'not understood';
  if (answer.kind !== gold.kind) return 'wrong kind';
  return gold.includes.every((item) => holds(answer.rows, namesOf(item))) ? 'right' : 'missing';
}

export function isRight(v: Verdict): boolean {
  return v === 'right' || v === 'declined';
}

/**
 * The names each expected item of the questions goes by in a served graph: itself, and the
 * name of every entity that has it as its name or an alias (asked through `search`).
 */
export async function graphNames(
  baseUrl: string,
  questions: GoldQuestion[],
): Promise<(item: string) => string[]> {
  const names = new Map<string, string[]>();
  for (const item of new Set(questions.flatMap((q) => q.includes))) {
    const response = await fetch(new URL('graphql', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($t: String!) { search(text: $t, first: 5) { name aliases } }',
        variables: { t: item },
      }),
    });
    const body = (await response.json()) as { data?: { search: { name: string; aliases: string[] }[] } };
    const same = (body.data?.search ?? []).filter((n) => n.name === item || n.aliases.includes(item));
    names.set(item, [item, ...same.map((n) => n.name)]);
  }
  return (item) => names.get(item) ?? [item];
}
