/**
 * Benchmark: extracting the graph (read + segment + extract + merge + resolve).
 *   npm run bench:extract
 * Times the corpus as it is and copies of it 2×, 5× and 10× as large (each copy a separate
 * document with its own file name, as a bigger corpus would be) and prints time per MB:
 * constant means time grows linearly with corpus size.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractCorpus } from '../../ingest/pipeline.ts';
import { readManifest } from '../../ingest/read/manifest.ts';

const source = process.argv[2] ?? 'data/corpus';
const manifest = await readManifest(source);

async function corpusOfCopies(copies: number): Promise<{ folder: string; bytes: number }> {
  const folder = await mkdtemp(path.join(tmpdir(), `corpus-x${copies}-`));
  const documents = [];
  let bytes = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    for (const entry of manifest.documents) {
      const file = copy === 0 ? entry.file : entry.file.replace(/\.txt$/, `-copy${copy}.txt`);
      await copyFile(path.join(manifest.folder, entry.file), path.join(folder, file));
      bytes += (await readFile(path.join(folder, file))).length;
      documents.push({ ...entry, file });
    }
  }
  await writeFile(path.join(folder, 'manifest.json'), JSON.stringify({ documents }));
  return { folder, bytes };
}

async function time(folder: string, runs: number): Promise<number> {
  await extractCorpus(folder); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await extractCorpus(folder);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

console.log('extracting the graph (read, segment, extract, merge, resolve), best of several runs');
let basePerMb = 0;
for (const copies of [1, 2, 5, 10]) {
  const { folder, bytes } = await corpusOfCopies(copies);
  const ms = await time(folder, copies >= 5 ? 2 : 5);
  const mb = bytes / 1048576;
  const perMb = ms / mb;
  if (copies === 1) basePerMb = perMb;
  console.log(
    `corpus ×${String(copies).padEnd(3)} ${mb.toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms  ${perMb.toFixed(0).padStart(5)} ms/MB  (×${(perMb / basePerMb).toFixed(2)} of ×1)`,
  );
  await rm(folder, { recursive: true });
}
