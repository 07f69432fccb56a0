/**
 * Benchmark: the GraphQL API under load. 50 concurrent clients on loopback send each of three
 * representative relationship questions for a fixed time (autocannon), and print p50/p99
 * latency and requests/s. In the same run, the same questions go to Neo4j as raw Cypher
 * through neo4j-driver — the very named queries the server runs for them, with the same 50
 * concurrent clients, and the physical floor: `RETURN 1` sent the same way, around each
 * question. The ceiling of any GraphQL answer is measured too: the same HTTP path and Apollo
 * with one resolver that sends `RETURN 1`. The API is measured twice: as served (answers reused until the graph
 * changes, identical queries in flight shared) and with no reuse at all, which against raw
 * Cypher gives the cost of GraphQL + HTTP + our resolvers. The server runs in this process
 * with NODE_ENV=production (set by the npm script), as `npm run serve` runs it.
 *   npm run bench:api            (BENCH_SECONDS=10 by default)
 * Uses its own Neo4j instance ("bench-api", Bolt port 7694) holding the corpus, unless
 * NEO4J_URI is set — then it ingests the corpus into the graph held there (documents it
 * already holds unchanged are left alone). BENCH_CORPUS names another folder to ingest.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { cypher, type QueryName } from '../../cypher/queries.ts';
import { openDriver } from '../../database/neo4j-settings.ts';
import { SERVED_REUSE, startPlanServer } from '../../server/app.ts';
import { graphqlPostHandler } from '../../server/graphql-http.ts';
import { benchNeo4j } from './bench-neo4j.ts';
import { keysAskedBy } from './keys-asked.ts';

// The raw-Cypher client runs as a plain Node client would, without tsx's source-mapped stack
// traces (neo4j-driver takes one for every query it starts). The server takes none for its
// queries (see GraphStore), so the setting does not change what it costs.
process.setSourceMapsEnabled(false);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 50;
const neo4jServer = benchNeo4j({ name: 'bench-api', port: 7694, heap: '1g', pageCache: '512m' });
const { settings } = neo4jServer;
execFileSync(
  path.join(ROOT, 'node_modules', '.bin', 'tsx'),
  [path.join(ROOT, 'ingest', 'cli', 'ingest.ts'), process.env.BENCH_CORPUS ?? 'data/corpus'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: neo4jServer.environment,
  },
);

/** A question as GraphQL, and as the Cypher round trip the server makes to answer it. */
interface Question {
  name: string;
  graphql: string;
  cypher: { query: QueryName; parameters: Record<string, unknown> }[];
}

const int = (value: number) => neo4j.int(value);
const QUESTIONS: Question[] = [
  {
    name: 'parks hosting 电子信息 (主导产业)',
    graphql: `{ parksHostingIndustry(industry: "电子信息", role: "主导产业") {
      role park { id name } evidence { document line section quote } } }`,
    cypher: [
      {
        query: 'parks-hosting-industry',
        parameters: {
          industry: 'industry:电子信息',
          role: '主导产业',
          document: null,
          includeNarrower: true,
        },
      },
    ],
  },
  {
    name: 'industries 洪江市 develops (all)',
    graphql: `{ regionIndustries(region: "洪江市") {
      industry { id name } throughPlans { cue evidence { document line quote } }
      throughParks { park { name } role evidence { document line quote } } } }`,
    cypher: [{ query: 'region-industries', parameters: { regions: ['region:431281'], first: int(200) } }],
  },
  {
    // A first page, as a client showing a region's best-supported industries asks it.
    name: 'industries 洪江市 develops, first 20',
    graphql: `{ regionIndustries(region: "洪江市", first: 20) {
      industry { id name } throughPlans { cue evidence { document line quote } }
      throughParks { park { name } role evidence { document line quote } } } }`,
    cypher: [{ query: 'region-industries', parameters: { regions: ['region:431281'], first: int(20) } }],
  },
  {
    name: '怀化市 goals for 2025 (约束性)',
    graphql: `{ regionGoals(region: "怀化市", filter: {attribute: "约束性", targetYear: 2025}) {
      id indicator target unit evidence { document line quote } } }`,
    cypher: [
      {
        query: 'region-goals',
        parameters: {
          region: 'region:4312',
          includeSubregions: false,
          attribute: '约束性',
          status: null,
          targetYear: int(2025),
          indicator: null,
          withValue: false,
          first: int(200),
        },
      },
    ],
  },
];

// The properties each named query returns: those the question's selection asks for, as the
// server works them out (evidence of relationships in three questions, of goals in the fourth).
for (const question of QUESTIONS) {
  const keys = await keysAskedBy(question.graphql);
  for (const step of question.cypher) Object.assign(step.parameters, keys);
}

/** The physical floor: the cheapest query there is, sent the same way (one round trip). */
const FLOOR: Question = { name: 'RETURN 1', graphql: '', cypher: [{ query: 'floor', parameters: {} }] };

interface Figures {
  /** How long the measurement took, in seconds. */
  seconds: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  perSecond: number;
}

const driver = openDriver(settings);
const loopback = { host: '127.0.0.1', port: 0 };
// As `npm run serve` runs it: answers reused until the graph changes (at most a minute),
// identical queries in flight shared.
const served = await startPlanServer({ driver, database: settings.database, reuse: SERVED_REUSE }, loopback);
// Every request to Neo4j, as raw Cypher clients do: what GraphQL itself costs.
const uncached = await startPlanServer(
  { driver, database: settings.database, reuse: { answerCacheMs: 0, shareQueriesInFlight: false } },
  loopback,
);

/**
 * The ceiling of any GraphQL answer here: our HTTP path and Apollo, answering `{ one }` with
 * one `RETURN 1` round trip and nothing else.
 */
async function startGraphQLFloor(): Promise<{ url: string; close: () => Promise<void> }> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { one: Int }',
    resolvers: { Query: { one: async () => (await runCypher('floor', {})).length } },
  });
  await apollo.start();
  const http = createServer(graphqlPostHandler(apollo, async () => ({})));
  await new Promise<void>((listening) => http.listen(0, loopback.host, listening));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${loopback.host}:${port}/`,
    close: async () => {
      http.close();
      await apollo.stop();
    },
  };
}
const graphqlFloor = await startGraphQLFloor();
const GRAPHQL_FLOOR: Question = { name: '{ one }', graphql: '{ one }', cypher: [] };

async function overGraphQL(server: { url: string }, question: Question, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url: new URL('graphql', server.url).href,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.graphql }),
    connections: CLIENTS,
    duration: seconds,
    // The load generator in its own thread, so it does not share the server's event loop.
    workers: 1,
  });
  return {
    seconds: result.duration,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
  };
}

/** A named query as the server sends it: an auto-commit query in a READ session, one round trip. */
async function runCypher(query: QueryName, parameters: Record<string, unknown>): Promise<object[]> {
  const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  try {
    const answer = await session.run(cypher(query), parameters);
    // The server turns records into objects; so does a client of raw Cypher.
    return answer.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

/** The same questions as raw Cypher: CLIENTS workers, each sending the next as soon as one is answered. */
async function overCypher(question: Question, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        for (const step of question.cypher) await runCypher(step.query, step.parameters);
        latencies.push(performance.now() - started);
      } catch (error) {
        if (errors === 0) console.error(`raw Cypher failed: ${(error as Error).message}`);
        errors += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    seconds: elapsed,
    requests: latencies.length,
    errors,
    p50: at(0.5),
    p99: at(0.99),
    perSecond: latencies.length / elapsed,
  };
}

function line(label: string, figures: Figures): string {
  return `  ${label.padEnd(12)} ${String(figures.requests).padStart(6)} requests  ${String(figures.errors).padStart(3)} errors  p50 ${figures.p50.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(6)} ms  ${figures.perSecond.toFixed(0).padStart(5)} req/s`;
}

/**
 * Two halves measured apart, as one: requests and errors add up, the rate is over both halves'
 * time, and each percentile is the halves' weighted by their requests (an approximation: the
 * latencies themselves are not kept).
 */
function bothHalves(first: Figures, second: Figures): Figures {
  const requests = first.requests + second.requests;
  const weighted = (value: (figures: Figures) => number) =>
    requests === 0 ? 0 : (value(first) * first.requests + value(second) * second.requests) / requests;
  return {
    seconds: first.seconds + second.seconds,
    requests,
    errors: first.errors + second.errors,
    p50: weighted((figures) => figures.p50),
    p99: weighted((figures) => figures.p99),
    perSecond: requests / (first.seconds + second.seconds),
  };
}

try {
  // Warm-up: query plans in Neo4j, the JIT in both processes. Neo4j's JIT keeps improving for
  // a while after a start, so each way gets several seconds.
  for (const question of QUESTIONS) {
    await overGraphQL(served, question, 2);
    await overGraphQL(uncached, question, 5);
    await overCypher(question, 5);
  }
  await overCypher(FLOOR, 5);
  await overGraphQL(graphqlFloor, GRAPHQL_FLOOR, 5);
  console.log(`${CLIENTS} concurrent clients, ${SECONDS} s per question and way, loopback`);
  console.log(
    'RETURN 1: the floor, as raw Cypher (auto-commit, READ session), measured around each question',
  );
  {
    const half = SECONDS / 2;
    const floorFirst = await overCypher(FLOOR, half);
    const ceilingFirst = await overGraphQL(graphqlFloor, GRAPHQL_FLOOR, half);
    const ceilingSecond = await overGraphQL(graphqlFloor, GRAPHQL_FLOOR, half);
    const floorSecond = await overCypher(FLOOR, half);
    const floor = bothHalves(floorFirst, floorSecond);
    const ceiling = bothHalves(ceilingFirst, ceilingSecond);
    console.log('the ceiling of a GraphQL answer: { one }, answered by one RETURN 1');
    console.log(line('GraphQL', ceiling));
    console.log(line('RETURN 1', floor));
    console.log(`  ${((100 * ceiling.perSecond) / floor.perSecond).toFixed(0)}% of RETURN 1's throughput`);
  }
  for (const question of QUESTIONS) {
    const viaServed = await overGraphQL(served, question, SECONDS);
    // The floor, GraphQL without reuse and raw Cypher in the order A B C C B A, half the time
    // each: on a shared machine whose speed drifts (Neo4j's JIT still warming, neighbours; the
    // floor moved ×2 between minutes of one run), none gets the better half. One after the
    // other, the later way came out up to 0.2× ahead.
    const half = SECONDS / 2;
    const floorFirst = await overCypher(FLOOR, half);
    const graphqlFirst = await overGraphQL(uncached, question, half);
    const cypherFirst = await overCypher(question, half);
    const cypherSecond = await overCypher(question, half);
    const graphqlSecond = await overGraphQL(uncached, question, half);
    const floorSecond = await overCypher(FLOOR, half);
    const floor = bothHalves(floorFirst, floorSecond);
    const viaGraphQL = bothHalves(graphqlFirst, graphqlSecond);
    const viaCypher = bothHalves(cypherFirst, cypherSecond);
    console.log(question.name);
    console.log(line('GraphQL', viaServed));
    console.log(line('  no reuse', viaGraphQL));
    console.log(line('raw Cypher', viaCypher));
    console.log(line('RETURN 1', floor));
    console.log(
      `  GraphQL overhead (no reuse vs raw Cypher): ${(viaCypher.perSecond / viaGraphQL.perSecond).toFixed(2)}× in throughput, ${(viaGraphQL.p50 / viaCypher.p50).toFixed(2)}× in p50 latency`,
    );
    console.log(
      `  no reuse vs the floor: ${((100 * viaGraphQL.perSecond) / floor.perSecond).toFixed(0)}% of RETURN 1's throughput (goal ≥ 40%)`,
    );
  }
} finally {
  await served.close();
  await uncached.close();
  await graphqlFloor.close();
  await driver.close();
  neo4jServer.stop();
}
