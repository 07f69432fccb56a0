/**
 * Benchmark: ingest at a thousand documents, as users add to what is there.
 *   npm run bench:thousand        (BENCH_DOCUMENTS=1000 by default)
 * Makes BENCH_DOCUMENTS plan-sized documents from the real ones (generate-corpus.ts: other
 * places' names, the same shapes; text, web pages, Word and PDF) once into tests/artifacts,
 * then measures, each as the user runs it (`npm run ingest`, a process of its own):
 *   1. the first ingest of all into an empty graph, and the ingest process's peak memory;
 *   2. ingesting the folder again with nothing changed;
 *   3. adding one document to the thousand;
 *   4. the three bench:api questions against that graph (50 clients);
 *   5. loading that one document alone into an empty graph — what 3. is compared with.
 * Uses its own Neo4j instance ("bench-thousand", Bolt port 7695), unless NEO4J_URI is set —
 * then it EMPTIES the graph held there.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDriver } from '../../database/neo4j-settings.ts';
import { benchNeo4j } from './bench-neo4j.ts';
import { generateCorpus, realDocuments } from './generate-corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const COUNT = Number(process.env.BENCH_DOCUMENTS ?? 1000);
// A step that fails stops the instance too: a rerun must not find it running over a removed store.
const stopOnExit = () => neo4jServer.stop();
const neo4jServer = benchNeo4j({ name: 'bench-thousand', port: 7695, heap: '2g', pageCache: '1g' });
const { settings } = neo4jServer;
process.on('exit', stopOnExit);
const neo4jEnvironment = neo4jServer.environment;

const folder = path.join(ROOT, 'tests', 'artifacts', `bench-corpus-${COUNT}`);
const extraFolder = path.join(ROOT, 'tests', 'artifacts', `bench-corpus-${COUNT}-extra`);
const sources = await realDocuments();
console.log(
  `generating ${COUNT} documents from ${sources.length} real ones into ${path.relative(ROOT, folder)} (once)…`,
);
const started = performance.now();
const files = await generateCorpus(sources, folder, COUNT);
// The document added later: the next one the generator makes, kept apart until then.
const [extra] = (await generateCorpus(sources, extraFolder, COUNT + 1)).slice(COUNT);
console.log(`  ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
const formats = new Map<string, number>();
for (const file of files) formats.set(path.extname(file), (formats.get(path.extname(file)) ?? 0) + 1);

let ingests = 0;

interface Ingest {
  seconds: number;
  peakMegabytes: number;
  summary: string;
}

/** Runs `npm run ingest -- <args>` as a user does, and times it. */
function ingest(args: string[]): Ingest {
  const begun = performance.now();
  const result = spawnSync(TSX, [path.join(ROOT, 'ingest', 'cli', 'ingest.ts'), ...args], {
    cwd: ROOT,
    env: neo4jEnvironment,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - begun) / 1000;
  const summary = result.stdout.split('\n').find((line) => line.startsWith('ingested ')) ?? '';
  // Each document's line (nodes, relationships, ms) stays for a look at where the time went.
  writeFileSync(
    path.join(ROOT, 'tests', 'artifacts', `bench-thousand-ingest-${++ingests}.log`),
    result.stdout,
  );
  if (result.status !== 0) {
    console.error(result.stderr.split('\n').slice(-20).join('\n'));
    throw new Error(`ingest ${args.join(' ')} failed (exit ${result.status})`);
  }
  const peak = /peak memory (\d+) MB/u.exec(summary);
  return { seconds, peakMegabytes: peak ? Number(peak[1]) : Number.NaN, summary };
}

async function emptyGraph(): Promise<void> {
  const driver = openDriver(settings);
  // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: settings.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

await rm(path.join(folder, path.basename(extra as string)), { force: true });
await emptyGraph();
console.log(`1. first ingest of ${COUNT} documents…`);
const first = ingest([folder]);
console.log(`   ${first.summary}`);
console.log('2. again, nothing changed…');
const again = ingest([folder]);
console.log(`   ${again.summary}`);
console.log('3. one document added…');
await copyFile(extra as string, path.join(folder, path.basename(extra as string)));
const added = ingest([folder]);
console.log(`   ${added.summary}`);

console.log('4. the bench:api questions against that graph…');
const api = spawnSync(TSX, [path.join(ROOT, 'scripts', 'bench', 'api-load.ts')], {
  cwd: ROOT,
  env: { ...neo4jEnvironment, NODE_ENV: 'production', BENCH_CORPUS: folder },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (api.status !== 0) throw new Error(`bench:api failed: ${api.stderr.slice(-2000)}`);
const apiLines = api.stdout.split('\n').filter((line) => line.trim() !== '');

console.log('5. that document alone into an empty graph…');
await emptyGraph();
const alone = ingest([extra as string]);
console.log(`   ${alone.summary}`);
await rm(path.join(folder, path.basename(extra as string)), { force: true });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`
ingest at ${COUNT} documents (${[...formats].map(([ext, n]) => `${n} ${ext}`).join(', ')}), ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${new Date().toISOString().slice(0, 10)}
| measure | figure | goal |
|---|---|---|
| first ingest of all | ${first.seconds.toFixed(0)} s | ≤ 300 s |
| re-ingest, nothing changed | ${again.seconds.toFixed(1)} s | ≤ 10 s |
| adding one document | ${added.seconds.toFixed(1)} s | ≤ 3 × alone |
| that document alone, empty graph | ${alone.seconds.toFixed(1)} s | ratio ${(added.seconds / alone.seconds).toFixed(2)} (≤ 3) |
| peak memory of the ingest process | ${Math.max(first.peakMegabytes, again.peakMegabytes, added.peakMegabytes)} MB | ≤ 1536 MB |

bench:api against the ${COUNT + 1}-document graph:
${apiLines.join('\n')}`);
process.off('exit', stopOnExit);
neo4jServer.stop();
