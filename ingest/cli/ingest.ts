import path from 'node:path';
import {
  isDatabaseUnavailable,
  neo4jSettingsFromEnvironment,
  openDriver,
} from '../../database/neo4j-settings.ts';
import { type Diagnostic, formatDiagnostic, IngestError } from '../diagnostics.ts';
import { loadExtractionResources } from '../extract/extract-document-graph.ts';
import { extractorVersion } from '../extract/extractor-version.ts';
import {
  applySchema,
  countGraph,
  removeDocument,
  replaceDocument,
  storedDocuments,
} from '../load/load-graph.ts';
import { type DocumentExtraction, documentInputs, extractDocument } from '../pipeline.ts';
import { documentSlice } from '../resolve/merge-graph.ts';
import { type Change, type IngestPlan, planIngest } from './ingest-plan.ts';
import { ingestProgress } from './ingest-progress.ts';

const USAGE = `usage: npm run ingest -- [options] [files or folders…]   load documents: .txt/.md (any encoding),
                                                  .html, .docx and .pdf; folders are read recursively; a
                                                  manifest.json describes what it lists, the text the rest
  --dry-run     say what would be loaded, left alone and removed, and change nothing
  --prune       remove from the graph the documents gone from the folders given
       npm run ingest -- --remove <file> [...]     remove documents' contribution from the graph

Only what changed is read: a document whose file (SHA-256) and extractor version are those
the graph holds is left alone.`;

/**
 * The ingest command: find what changed since the graph was loaded, then read, extract and
 * load each new or changed document on its own, one transaction each (a document that fails
 * leaves the graph as it was), the next document read while the database writes this one.
 */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = { dryRun: argv.includes('--dry-run'), prune: argv.includes('--prune') };
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter(
    (arg) => arg.startsWith('--') && !['--dry-run', '--prune', '--remove'].includes(arg),
  );
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const settings = neo4jSettingsFromEnvironment();
  const driver = openDriver(settings);
  const started = performance.now();
  try {
    if (argv[0] === '--remove') {
      await applySchema(driver, settings.database);
      return await remove(argv.slice(1), driver, settings.database);
    }
    const given = paths.length > 0 ? paths : ['data/corpus'];
    const { inputs, diagnostics } = await documentInputs(given);
    if (!options.dryRun) await applySchema(driver, settings.database);
    const plan = await planIngest(
      inputs,
      await storedDocuments(driver, settings.database),
      extractorVersion(),
      given,
    );
    reportPlan(plan, options);
    if (options.dryRun) return 0;

    const run: IngestRun = { loaded: [], notLoaded: [], pruned: [], diagnostics, writingMs: 0, waitedMs: 0 };
    for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
    await loadDocuments(plan, driver, settings.database, run);
    if (options.prune) {
      for (const document of plan.gone) {
        await removeDocument(driver, settings.database, document.file);
        run.pruned.push(document.file);
      }
    }
    await summarise(driver, settings.database, run, plan, (performance.now() - started) / 1000);
    return run.notLoaded.length > 0 ? 1 : 0;
  } catch (error) {
    reportFailure(error, settings.uri, settings.user);
    return 1;
  } finally {
    await driver.close();
  }
}

interface IngestRun {
  loaded: string[];
  notLoaded: string[];
  pruned: string[];
  diagnostics: Diagnostic[];
  /** Time spent writing documents to the database, and waiting for one to be read. */
  writingMs: number;
  waitedMs: number;
}

function reportPlan(plan: IngestPlan, options: { dryRun: boolean; prune: boolean }): void {
  const prefix = options.dryRun ? 'would load' : 'to load';
  console.log(
    `${plan.load.length} ${prefix} (${count(plan.load, 'new')} new, ${count(plan.load, 'file changed')} changed, ${count(plan.load, 'extractor changed')} read again by a newer extractor), ${plan.unchanged.length} unchanged, ${plan.gone.length} gone`,
  );
  if (options.dryRun) {
    for (const { input, change } of plan.load) console.log(`  ${change}: ${input.path}`);
  }
  for (const document of plan.gone) {
    const what = options.prune ? (options.dryRun ? 'would remove' : 'removing') : 'gone (--prune removes it)';
    console.log(`  ${what}: ${document.file} (was ${document.source})`);
  }
}

function count(load: IngestPlan['load'], change: Change): number {
  return load.filter((entry) => entry.change === change).length;
}

/** How many documents are read ahead of the one being written. */
const READ_AHEAD = 3;

/** Reads and loads the plan's documents in turn, reading the next ones while the database writes one. */
async function loadDocuments(
  plan: IngestPlan,
  driver: ReturnType<typeof openDriver>,
  database: string,
  run: IngestRun,
): Promise<void> {
  if (plan.load.length === 0) return;
  const resources = loadExtractionResources();
  const progress = ingestProgress(plan.load.length);
  // Documents being read ahead, in order: a PDF read in its own thread, or a text extracted
  // while the database writes, is ready when its turn comes. A few, so memory stays flat.
  const ahead: Promise<DocumentExtraction>[] = [];
  let nextToRead = 0;
  const readAhead = () => {
    while (ahead.length < READ_AHEAD && nextToRead < plan.load.length) {
      const next = plan.load[nextToRead++] as IngestPlan['load'][number];
      ahead.push(extractDocument(next.input, resources));
    }
  };
  let databaseDown = false;
  try {
    readAhead();
    for (let index = 0; ahead.length > 0 && !databaseDown; index += 1) {
      const waitStarted = performance.now();
      const extraction = await (ahead.shift() as Promise<DocumentExtraction>);
      run.waitedMs += performance.now() - waitStarted;
      const isNew = plan.load[index]?.change === 'new';
      readAhead();
      const file = extraction.entry.file;
      for (const diagnostic of extraction.diagnostics) console.error(formatDiagnostic(diagnostic));
      run.diagnostics.push(...extraction.diagnostics);
      if (!extraction.ok) {
        run.notLoaded.push(file);
        progress.documentDone(file, 'failed', `(${extraction.diagnostic.message})`);
        continue;
      }
      if (extraction.described) {
        const entry = extraction.entry;
        console.log(
          `${file}: read from its text as “${entry.title}” · ${entry.issuer || 'issuer unknown'} · ${entry.kind} · ${entry.adopted || 'no date'} (a manifest.json beside it overrides)`,
        );
      }
      const slice = documentSlice(extraction.graph, file);
      const documentStarted = performance.now();
      try {
        await replaceDocument(driver, database, file, slice, { isNew });
        run.loaded.push(file);
        run.writingMs += performance.now() - documentStarted;
        const ms = (performance.now() - documentStarted).toFixed(0);
        progress.documentDone(
          file,
          'loaded',
          `(${slice.nodes.length} nodes, ${slice.edges.length} relationships, ${ms} ms)`,
        );
      } catch (error) {
        run.notLoaded.push(file);
        progress.documentDone(file, 'failed', `(${(error as Error).message.split('\n')[0]})`);
        // With the database gone, the other documents cannot load either.
        if (isDatabaseUnavailable(error)) databaseDown = true;
      }
    }
  } finally {
    progress.stop();
  }
  const done = new Set([...run.loaded, ...run.notLoaded]);
  for (const { input } of plan.load) {
    const file = path.basename(input.path);
    if (!done.has(file)) run.notLoaded.push(file);
  }
}

async function remove(
  files: string[],
  driver: ReturnType<typeof openDriver>,
  database: string,
): Promise<number> {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const file of files) {
    await removeDocument(driver, database, path.basename(file));
    console.log(`removed ${path.basename(file)}`);
  }
  return 0;
}

async function summarise(
  driver: ReturnType<typeof openDriver>,
  database: string,
  run: IngestRun,
  plan: IngestPlan,
  seconds: number,
): Promise<void> {
  const warnings = run.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = run.diagnostics.filter((d) => d.severity === 'error').length;
  const pruned = run.pruned.length > 0 ? `, removed ${run.pruned.length}` : '';
  const peakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  const phases =
    plan.load.length > 0
      ? `; writing ${(run.writingMs / 1000).toFixed(1)}s, waiting for reading ${(run.waitedMs / 1000).toFixed(1)}s`
      : '';
  console.log(
    `ingested ${run.loaded.length} of ${plan.load.length} new or changed documents${pruned}, ${plan.unchanged.length} unchanged left alone, in ${seconds.toFixed(1)}s (${warnings} warnings, ${errors} errors; peak memory ${peakMegabytes} MB${phases})`,
  );
  try {
    const counts = await countGraph(driver, database);
    console.log(`nodes: ${formatCounts(counts.nodes)}`);
    console.log(`relationships: ${formatCounts(counts.relationships)}`);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
  }
  if (run.notLoaded.length > 0) {
    console.error(`not loaded (the graph keeps what it had for these): ${run.notLoaded.join(', ')}`);
  }
}

function reportFailure(error: unknown, uri: string, user: string): void {
  if (error instanceof IngestError) {
    console.error(formatDiagnostic(error.diagnostic));
  } else if (isDatabaseUnavailable(error)) {
    console.error(
      `cannot reach Neo4j at ${uri}: start it with "npm run neo4j -- start" or set NEO4J_URI (nothing was changed)`,
    );
  } else if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
    console.error(`Neo4j at ${uri} refused user "${user}": check NEO4J_USER/NEO4J_PASSWORD`);
  } else {
    console.error(`ingest failed: ${(error as Error).message}`);
  }
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? 'none' : entries.map(([kind, count]) => `${kind} ${count}`).join(', ');
}

process.exitCode = await main(process.argv.slice(2));
