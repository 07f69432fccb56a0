import path from 'node:path';
import {
  isDatabaseUnavailable,
  neo4jSettingsFromEnvironment,
  openDriver,
} from '../../database/neo4j-settings.ts';
import { type Diagnostic, formatDiagnostic, IngestError } from '../diagnostics.ts';
import { applySchema, countGraph, removeDocument, replaceDocument } from '../load/load-graph.ts';
import { extractPaths } from '../pipeline.ts';
import { documentSlice } from '../resolve/merge-graph.ts';
import { ingestProgress } from './ingest-progress.ts';

const USAGE = `usage: npm run ingest -- [files or folders…]       load documents (.txt; folders read recursively;
                                                  a manifest.json describes what it lists, the text the rest)
       npm run ingest -- --remove <file> [...]     remove documents' contribution from the graph`;

/**
 * The ingest command: extract the corpus, then load it into Neo4j one transaction per
 * document (a document that fails leaves the graph as it was), with progress and a summary.
 */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const settings = neo4jSettingsFromEnvironment();
  const driver = openDriver(settings);
  const started = performance.now();
  try {
    await applySchema(driver, settings.database);
    if (argv[0] === '--remove') return await remove(argv.slice(1), driver, settings.database);

    const extraction = await extractPaths(argv.length > 0 ? argv : ['data/corpus']);
    for (const diagnostic of extraction.diagnostics) console.error(formatDiagnostic(diagnostic));
    for (const entry of extraction.described) {
      console.log(
        `${entry.file}: read from its text as “${entry.title}” · ${entry.issuer || 'issuer unknown'} · ${entry.kind} · ${entry.adopted || 'no date'} (a manifest.json beside it overrides)`,
      );
    }
    const loaded: string[] = [];
    const notLoaded: string[] = extraction.failed.map(({ entry }) => entry.file);
    const progress = ingestProgress(extraction.documents.length);
    try {
      for (const entry of extraction.documents) {
        const slice = documentSlice(extraction.graph, entry.file);
        const documentStarted = performance.now();
        try {
          await replaceDocument(driver, settings.database, entry.file, slice);
          loaded.push(entry.file);
          const ms = (performance.now() - documentStarted).toFixed(0);
          progress.documentDone(
            entry.file,
            'loaded',
            `(${slice.nodes.length} nodes, ${slice.edges.length} relationships, ${ms} ms)`,
          );
        } catch (error) {
          notLoaded.push(entry.file);
          progress.documentDone(entry.file, 'failed', `(${(error as Error).message.split('\n')[0]})`);
          // With the database gone, the other documents cannot load either.
          if (isDatabaseUnavailable(error)) break;
        }
      }
    } finally {
      progress.stop();
    }
    const unreached = extraction.documents
      .map((d) => d.file)
      .filter((f) => !loaded.includes(f) && !notLoaded.includes(f));
    notLoaded.push(...unreached);
    await summarise(driver, settings.database, {
      loaded,
      notLoaded,
      diagnostics: extraction.diagnostics,
      seconds: (performance.now() - started) / 1000,
    });
    return notLoaded.length > 0 ? 1 : 0;
  } catch (error) {
    reportFailure(error, settings.uri, settings.user);
    return 1;
  } finally {
    await driver.close();
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
  run: { loaded: string[]; notLoaded: string[]; diagnostics: Diagnostic[]; seconds: number },
): Promise<void> {
  const warnings = run.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = run.diagnostics.filter((d) => d.severity === 'error').length;
  console.log(
    `ingested ${run.loaded.length} of ${run.loaded.length + run.notLoaded.length} documents in ${run.seconds.toFixed(1)}s (${warnings} warnings, ${errors} errors)`,
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
