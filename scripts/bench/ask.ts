/**
 * Benchmark: the question box. Two parts, one run:
 * 1. Served: each question of tests/gold/questions.json is asked over HTTP (no answer reuse),
 *    and the GraphQL query its answer says it ran is sent on its own; ask's own cost is the
 *    difference (reading the question, the table) — p50 over all questions and rounds.
 * 2. Linking at scale: the questions are read in memory against the graph's names, then
 *    against the same names plus 100,000 synthetic ones (p50 per question read).
 *   npm run bench:ask            (BENCH_ROUNDS=20 by default)
 * Uses its own Neo4j instance ("bench-ask", Bolt port 7696) holding the corpus, unless
 * NEO4J_URI is set.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDriver } from '../../database/neo4j-settings.ts';
import { startPlanServer } from '../../server/app.ts';
import { EntityLinker, type KnownEntity } from '../../server/ask/entity-linker.ts';
import { knownPlaces } from '../../server/ask/known-places.ts';
import { questionForms } from '../../server/ask/question-forms.ts';
import { readQuestion } from '../../server/ask/read-question.ts';
import { GraphStore } from '../../server/graph-store.ts';
import { goldQuestions } from '../../tests/support/question-set.ts';
import { benchNeo4j } from './bench-neo4j.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const SYNTHETIC = 100_000;

const neo4jServer = benchNeo4j({ name: 'bench-ask', port: 7696, heap: '1g', pageCache: '512m' });
execFileSync(
  path.join(ROOT, 'node_modules', '.bin', 'tsx'),
  [path.join(ROOT, 'ingest', 'cli', 'ingest.ts'), 'data/corpus'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: neo4jServer.environment,
  },
);
const driver = openDriver(neo4jServer.settings);
const server = await startPlanServer(
  {
    driver,
    database: neo4jServer.settings.database,
    reuse: { answerCacheMs: 0, shareQueriesInFlight: false },
  },
  { host: '127.0.0.1', port: 0 },
);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function post(query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: { ask?: { query: string | null } }; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - started, body };
}

const ASK = 'query($q: String!) { ask(question: $q) { understood interpretation columns rows count query } }';
const questions = goldQuestions().map((gold) => gold.question);

// 1. Served.
const askTimes: number[] = [];
const queryTimes: number[] = [];
const ownTimes: number[] = [];
for (const question of questions) await post(ASK, { q: question }); // warm-up: JIT, plans, names
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of questions) {
    const asked = await post(ASK, { q: question });
    askTimes.push(asked.ms);
    const query = asked.body.data?.ask?.query;
    if (!query) {
      ownTimes.push(asked.ms);
      continue;
    }
    const direct = await post(query);
    queryTimes.push(direct.ms);
    ownTimes.push(Math.max(0, asked.ms - direct.ms));
  }
}

// 2. Linking at scale, in memory.
const store = new GraphStore(driver, neo4jServer.settings.database);
const rows = await store.read('entity-names');
const graphNames: KnownEntity[] = rows.map((row) => ({ ...row, aliases: row.aliases ?? [] }));
const forms = questionForms();
const places = knownPlaces();

/** Made-up names shaped like the graph's: two to four characters and a head word. */
function syntheticNames(count: number): KnownEntity[] {
  const characters = '青岚白石云溪河山川湖海平安泰和新城东西南北中华兴盛荣昌明光远景宏达金银铜铁松柏竹梅兰';
  const heads = ['产业园', '工业园', '科技园', '物流园', '项目', '工程', '基地', '中心', '集团', '产业'];
  const labels: KnownEntity['label'][] = ['Park', 'Park', 'Project', 'Project', 'Project', 'Industry'];
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  return Array.from({ length: count }, (_, i) => {
    const length = 2 + (next() % 3);
    const stem = Array.from({ length }, () => characters[next() % characters.length]).join('');
    const name = `${stem}${heads[next() % heads.length]}${i}`;
    return {
      id: `synthetic:${i}`,
      label: labels[i % labels.length] ?? 'Project',
      name,
      aliases: [],
      sources: 1,
      degree: 1,
      kind: null,
      ups: [],
    };
  });
}

function readTimes(linker: EntityLinker): number[] {
  const times: number[] = [];
  for (const question of questions) readQuestion(question, linker, forms); // warm-up
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      readQuestion(question, linker, forms);
      times.push(performance.now() - started);
    }
  }
  return times;
}

const notNames = new Set(forms.termsNotNames);
const small = new EntityLinker(graphNames, notNames, places);
const started = performance.now();
const large = new EntityLinker([...graphNames, ...syntheticNames(SYNTHETIC)], notNames, places);
const buildMs = performance.now() - started;
const smallReads = readTimes(small);
const largeReads = readTimes(large);

/** What the search box sends as a person types: the first two to four characters of names. */
function searchTimes(linker: EntityLinker): number[] {
  const typed = graphNames
    .filter((e) => e.label !== 'Goal')
    .flatMap((e) => [e.name.slice(0, 2), e.name.slice(0, 4)]);
  const times: number[] = [];
  for (const text of typed.slice(0, 400)) {
    const started = performance.now();
    linker.search(text, null, 10);
    times.push(performance.now() - started);
  }
  return times;
}
const smallSearches = searchTimes(small);
const largeSearches = searchTimes(large);

console.log(`${questions.length} questions × ${ROUNDS} rounds, sequential, no answer reuse`);
console.log(`served ask p50:                 ${median(askTimes).toFixed(1)} ms`);
console.log(`  the query it ran, alone p50:  ${median(queryTimes).toFixed(1)} ms`);
console.log(`  ask's own cost p50:           ${median(ownTimes).toFixed(1)} ms (ask − its query)`);
console.log(
  `reading a question in memory p50: ${median(smallReads).toFixed(3)} ms with ${small.size.toLocaleString()} names`,
);
console.log(
  `                                  ${median(largeReads).toFixed(3)} ms with ${large.size.toLocaleString()} names (built in ${(buildMs / 1000).toFixed(1)} s)`,
);

console.log(
  `ranking a search text in memory p50:  ${median(smallSearches).toFixed(2)} ms with ${small.size.toLocaleString()} names`,
);
console.log(
  `                                    ${median(largeSearches).toFixed(2)} ms with ${large.size.toLocaleString()} names`,
);

await server.close();
await driver.close();
neo4jServer.stop();
