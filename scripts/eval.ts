/**
 * `npm run eval`: extraction against the hand-annotated gold set in tests/gold/: precision,
 * recall and F1 per label and relationship type, and the share of evidence quotes that are
 * verbatim at their line. `--verbose` lists what was missed and what was wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type Gold, verbatimShare } from '../ingest/evaluate/evaluate.ts';
import { extractCorpus } from '../ingest/pipeline.ts';
import { IndustryLexicon } from '../ingest/vocabulary/lexicons.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests', 'gold');
const CORPUS = path.join(ROOT, 'data', 'corpus');
const verbose = process.argv.includes('--verbose');

const load = <T>(name: string): T => JSON.parse(readFileSync(path.join(GOLD, `${name}.json`), 'utf8')) as T;
const gold: Gold = {
  parks: load('parks'),
  hosts: load('hosts'),
  goals: load('goals'),
  projects: load('projects'),
};

const extraction = await extractCorpus(CORPUS);
const scores = evaluate(extraction.graph, gold, IndustryLexicon.load());
const lines = new Map<string, string[]>();
const linesOf = (document: string) => {
  if (!lines.has(document))
    lines.set(document, readFileSync(path.join(CORPUS, document), 'utf8').split(/\r\n|\r|\n/));
  return lines.get(document);
};
const verbatim = verbatimShare(extraction.graph, linesOf);

const pct = (value: number) => value.toFixed(3);
console.log('label / relationship      predicted correct  gold found  precision recall  F1');
for (const s of scores) {
  console.log(
    `${s.name.padEnd(25)} ${String(s.predicted).padStart(9)} ${String(s.correct).padStart(7)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(5)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}`,
  );
}
console.log(
  `evidence quotes verbatim at their line: ${verbatim.verbatim} of ${verbatim.total} (${((100 * verbatim.verbatim) / verbatim.total).toFixed(1)}%)`,
);
if (verbose) {
  for (const s of scores) {
    if (s.missed.length > 0) console.log(`\n${s.name} missed:\n  ${s.missed.join('\n  ')}`);
    if (s.spurious.length > 0) console.log(`\n${s.name} wrong:\n  ${s.spurious.join('\n  ')}`);
  }
  if (verbatim.failures.length > 0) console.log(`\nnot verbatim:\n  ${verbatim.failures.join('\n  ')}`);
}
