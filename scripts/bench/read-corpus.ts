/**
 * Benchmark: reading the corpus (decode + segment into PlanDocuments).
 *   npm run bench:read
 * Prints the time and throughput for the corpus as it is and for a corpus 20× larger (the
 * five documents concatenated 20 times over into one file, read as one
 * document), and the ratio of the two per MB: near 1 means reading time grows linearly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readManifest } from '../../ingest/read/manifest.ts';
import { decodeSourceText } from '../../ingest/read/read-source-text.ts';
import { segmentDocument } from '../../ingest/read/segment-document.ts';

const corpus = process.argv[2] ?? 'data/corpus';
const manifest = await readManifest(corpus);
const files = manifest.documents.map((entry) => ({
  name: entry.file,
  bytes: readFileSync(path.join(manifest.folder, entry.file)),
}));
const corpusBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

function readAll(inputs: { name: string; bytes: Uint8Array }[]): number {
  let sentences = 0;
  for (const input of inputs)
    sentences += segmentDocument(decodeSourceText(input.name, input.bytes)).sentences.length;
  return sentences;
}

/** Best of several runs: the machines are shared, the minimum is the least disturbed figure. */
function measure(
  inputs: { name: string; bytes: Uint8Array }[],
  runs: number,
): { ms: number; sentences: number } {
  let best = Number.POSITIVE_INFINITY;
  let sentences = 0;
  readAll(inputs); // warm-up: JIT and regex compilation
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    sentences = readAll(inputs);
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, sentences };
}

const base = measure(files, 10);
const large = Buffer.concat(Array.from({ length: 20 }, () => files.map((file) => file.bytes)).flat());
const scaled = measure([{ name: 'corpus-x20.txt', bytes: large }], 3);

const mb = (bytes: number) => bytes / 1048576;
const report = (label: string, bytes: number, result: { ms: number; sentences: number }) =>
  `${label.padEnd(22)} ${mb(bytes).toFixed(2).padStart(7)} MB  ${result.ms.toFixed(0).padStart(6)} ms  ${(mb(bytes) / (result.ms / 1000)).toFixed(1).padStart(6)} MB/s  ${result.sentences} sentences`;
console.log(`reading ${files.length} documents (decode + segment), best of several runs`);
console.log(report('corpus', corpusBytes, base));
console.log(report('corpus ×20, one file', large.length, scaled));
const perMbRatio = scaled.ms / mb(large.length) / (base.ms / mb(corpusBytes));
console.log(`time per MB at ×20 / time per MB at ×1: ${perMbRatio.toFixed(2)} (1.00 = linear)`);
