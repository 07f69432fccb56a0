/**
 * `npm run eval`: extraction against the hand-annotated gold sets in tests/gold/: precision,
 * recall and F1 per label and relationship type, and the share of evidence quotes that are
 * verbatim at their line; then against the whole-document gold of tests/gold/documents/, per
 * document and overall, the documents read as a user would give them (the corpus with its
 * manifest, the others as bare files). `--verbose` lists what was missed and what was wrong (not
 * for a held-out gold: what it misses must not steer the rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type Gold, verbatimShare } from '../ingest/evaluate/evaluate.ts';
import {
  type DocumentScores,
  evaluateDocuments,
  type GoldDocument,
  overall,
} from '../ingest/evaluate/evaluate-documents.ts';
import { extractCorpus, extractPaths } from '../ingest/pipeline.ts';
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

// ── Whole documents ──────────────────────────────────────────────────────────────────────
const DOCUMENT_GOLD = path.join(GOLD, 'documents');
const golds = readdirSync(DOCUMENT_GOLD)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(DOCUMENT_GOLD, name), 'utf8')) as GoldDocument);
const wholeDocuments = await extractPaths(golds.map((gold) => path.resolve(ROOT, gold.path)));
const perDocument = evaluateDocuments(wholeDocuments.graph, golds);
const kinds = perDocument[0]?.scores.map((score) => score.name) ?? [];
// Nothing annotated and nothing predicted: no figure (a perfect score would say nothing).
const cell = (
  score: { precision: number; recall: number; f1: number; gold: number; predicted: number } | undefined,
) =>
  !score || (score.gold === 0 && score.predicted === 0)
    ? '—'.padEnd(19)
    : `${pct(score.precision)} ${pct(score.recall)} ${pct(score.f1)}`.padEnd(19);
console.log('\nwhole documents (tests/gold/documents): precision recall F1 per kind of fact');
console.log(`${'document'.padEnd(44)} ${kinds.map((kind) => kind.padEnd(19)).join(' ')}`);
const row = (name: string, scores: DocumentScores['scores']) =>
  console.log(
    `${name.padEnd(44)} ${kinds.map((kind) => cell(scores.find((s) => s.name === kind))).join(' ')}`,
  );
const heldOut = new Set(golds.filter((gold) => gold.heldOut).map((gold) => gold.document));
for (const { document, scores } of perDocument)
  row(heldOut.has(document) ? `${document} ‡` : document, scores);
const developed = perDocument.filter(({ document }) => !heldOut.has(document));
const keptOut = perDocument.filter(({ document }) => heldOut.has(document));
if (keptOut.length > 0) {
  row('overall, developed on', overall(developed));
  row('overall, held out ‡', overall(keptOut));
}
row('overall', overall(perDocument));
if (keptOut.length > 0) console.log('‡ held out: no rule was written from it (its misses are not listed)');
if (verbose) {
  for (const { document, scores } of developed) {
    for (const s of scores) {
      if (s.missed.length > 0) console.log(`\n${document} ${s.name} missed:\n  ${s.missed.join('\n  ')}`);
      if (s.spurious.length > 0) console.log(`\n${document} ${s.name} wrong:\n  ${s.spurious.join('\n  ')}`);
    }
  }
}
