import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic, IngestError } from '../diagnostics.ts';
import { type CorpusExtraction, extractPaths } from '../pipeline.ts';

const USAGE = 'usage: npm run extract -- <files or folders…> [--out graph.json]';

/** `npm run extract`: the whole extracted graph as a graph document, without touching Neo4j. */
async function main(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  const inputs = argv.filter(
    (arg, index) => !arg.startsWith('--') && (outIndex < 0 || index !== outIndex + 1),
  );
  if (inputs.length === 0 || (outIndex >= 0 && !out)) {
    console.error(USAGE);
    return 2;
  }
  let extraction: CorpusExtraction;
  try {
    extraction = await extractPaths(inputs);
  } catch (error) {
    console.error(
      error instanceof IngestError ? formatDiagnostic(error.diagnostic) : (error as Error).message,
    );
    return 1;
  }
  for (const diagnostic of extraction.diagnostics) console.error(formatDiagnostic(diagnostic));
  const json = `${JSON.stringify(extraction.graph, null, 1)}\n`;
  if (out) {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, json);
    const count = (items: { label?: string; type?: string }[]) => {
      const counts = new Map<string, number>();
      for (const item of items)
        counts.set(item.label ?? item.type ?? '', (counts.get(item.label ?? item.type ?? '') ?? 0) + 1);
      return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
    };
    console.log(
      `wrote ${out}: ${extraction.graph.nodes.length} nodes (${count(extraction.graph.nodes)}), ${extraction.graph.edges.length} edges (${count(extraction.graph.edges)})`,
    );
  } else {
    process.stdout.write(json);
  }
  return extraction.failed.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
