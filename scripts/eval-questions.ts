/**
 * Asks every question of tests/gold/questions.json of a running server and scores the answers:
 *   npm run eval:questions -- [http://127.0.0.1:4000/] [questions.json | questions-heldout.json]
 * Prints each question that is not answered right, then the share right by kind.
 */
import {
  ASK_FIELDS,
  type AskedAnswer,
  goldQuestions,
  graphNames,
  isRight,
  verdict,
} from '../tests/support/question-set.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4000/';
const byKind = new Map<string, { right: number; all: number }>();
let madeUp = 0;
const questions = goldQuestions(process.argv[3]);
const namesOf = await graphNames(base, questions);
for (const gold of questions) {
  const response = await fetch(new URL('graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($q: String!) { ask(question: $q) { ${ASK_FIELDS} } }`,
      variables: { q: gold.question },
    }),
  });
  const body = (await response.json()) as { data?: { ask: AskedAnswer }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`${gold.question}: ${body.errors?.[0]?.message}`);
  const answer = body.data.ask;
  const v = verdict(gold, answer, namesOf);
  if (v === 'made up') madeUp += 1;
  const tally = byKind.get(gold.kind) ?? { right: 0, all: 0 };
  tally.all += 1;
  if (isRight(v)) tally.right += 1;
  else {
    console.log(`✗ ${v}: ${gold.question}  [${gold.kind} → ${answer.kind}] ${answer.interpretation ?? ''}`);
    console.log(
      `    expected ${gold.includes.join('、')}; got ${answer.rows
        .slice(0, 4)
        .map((r) => r.join('|'))
        .join(' / ')}`,
    );
  }
  byKind.set(gold.kind, tally);
}
let right = 0;
let all = 0;
for (const [kind, tally] of [...byKind].sort()) {
  console.log(`${kind.padEnd(24)} ${tally.right}/${tally.all}`);
  right += tally.right;
  all += tally.all;
}
console.log(`right ${right}/${all} (${((100 * right) / all).toFixed(1)}%), made-up answers ${madeUp}`);
