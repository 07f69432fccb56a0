import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Gold, type Score, verbatimShare } from '../../ingest/evaluate/evaluate.ts';
import { type CorpusExtraction, extractCorpus } from '../../ingest/pipeline.ts';
import { IndustryLexicon } from '../../ingest/vocabulary/lexicons.ts';
import { CORPUS, ROOT } from '../support/test-graph.ts';

const load = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', `${name}.json`), 'utf8')) as T;

describe('extraction against the hand-annotated gold set (npm run eval)', () => {
  let extraction: CorpusExtraction;
  let scores: Map<string, Score>;

  beforeAll(async () => {
    extraction = await extractCorpus(CORPUS);
    const gold: Gold = {
      parks: load('parks'),
      hosts: load('hosts'),
      goals: load('goals'),
      projects: load('projects'),
    };
    scores = new Map(evaluate(extraction.graph, gold, IndustryLexicon.load()).map((s) => [s.name, s]));
  });

  it.each([
    ['Park', 0.9],
    ['HOSTS', 0.9],
    ['Goal (indicator tables)', 0.95],
    ['Project', 0.8],
  ])('%s reaches F1 %s', (name, threshold) => {
    const score = scores.get(name);
    expect(score, name).toBeDefined();
    expect(
      score?.f1,
      JSON.stringify({ missed: score?.missed, wrong: score?.spurious }),
    ).toBeGreaterThanOrEqual(threshold);
  });

  it('quotes every piece of evidence verbatim from its line', () => {
    const lines = new Map<string, string[]>();
    const share = verbatimShare(extraction.graph, (document) => {
      if (!lines.has(document))
        lines.set(document, readFileSync(path.join(CORPUS, document), 'utf8').split(/\r\n|\r|\n/));
      return lines.get(document);
    });
    expect(share.failures).toEqual([]);
    expect(share.verbatim).toBe(share.total);
  });
});
