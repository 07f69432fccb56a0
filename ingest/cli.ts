import path from 'node:path';
import { isDatabaseUnavailable, neo4jSettingsFromEnvironment, openDriver } from '../cypher/database.ts';
import { formatDiagnostic, IngestError } from './diagnostics.ts';
import { applySchema, countGraph, removeDocument, replaceDocument } from './load-graph.ts';
import { documentSlice } from './merge-graph.ts';
import { extractCorpus } from './pipeline.ts';

const USAGE = `usage: npm run ingest -- [corpus-folder]          load every document of the folder's manifest.json
       npm run ingest -- --remove <file> [...]     remove documents' contribution from the graph`;

/** Loads a corpus folder into Neo4j, one transaction per document, and prints a summary. */
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
    if (argv[0] === '--remove') {
      const files = argv.slice(1);
      if (files.length === 0) {
        console.error(USAGE);
        return 2;
      }
      for (const file of files) {
        await removeDocument(driver, settings.database, path.basename(file));
        console.log(`removed ${path.basename(file)}`);
      }
    } else {
      const folder = argv[0] ?? 'data/corpus';
      const extraction = await extractCorpus(folder);
      for (const diagnostic of extraction.diagnostics) console.error(formatDiagnostic(diagnostic));
      const notLoaded: string[] = extraction.failed.map(({ entry }) => entry.file);
      for (const entry of extraction.documents) {
        try {
          await replaceDocument(
            driver,
            settings.database,
            entry.file,
            documentSlice(extraction.graph, entry.file),
          );
          console.log(`loaded ${entry.file}`);
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw error;
          console.error(
            `${entry.file} error: not loaded, the graph keeps its previous state: ${(error as Error).message}`,
          );
          notLoaded.push(entry.file);
        }
      }
      const counts = await countGraph(driver, settings.database);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `ingested ${extraction.documents.length - (notLoaded.length - extraction.failed.length)} of ${extraction.documents.length + extraction.failed.length} documents in ${seconds}s`,
      );
      console.log(`nodes: ${formatCounts(counts.nodes)}`);
      console.log(`relationships: ${formatCounts(counts.relationships)}`);
      if (notLoaded.length > 0) {
        console.error(`not loaded: ${notLoaded.join(', ')}`);
        return 1;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(formatDiagnostic(error.diagnostic));
    } else if (isDatabaseUnavailable(error)) {
      console.error(
        `cannot reach Neo4j at ${settings.uri}: start it with "npm run neo4j -- start" or set NEO4J_URI (nothing was changed)`,
      );
    } else if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
      console.error(
        `Neo4j at ${settings.uri} refused user "${settings.user}": check NEO4J_USER/NEO4J_PASSWORD`,
      );
    } else {
      console.error(`ingest failed: ${(error as Error).message}`);
    }
    return 1;
  } finally {
    await driver.close();
  }
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? 'none' : entries.map(([kind, count]) => `${kind} ${count}`).join(', ');
}

process.exitCode = await main(process.argv.slice(2));
