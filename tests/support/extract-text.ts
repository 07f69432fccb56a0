import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CorpusExtraction, extractPaths } from '../../ingest/pipeline.ts';

/** Extracts a document written for a test, as a user would give it: a bare file of that name in a folder of its own. */
export async function extractText(text: string, name = 'plan.txt'): Promise<CorpusExtraction> {
  const folder = await mkdtemp(path.join(tmpdir(), 'extract-'));
  const file = path.join(folder, name);
  await writeFile(file, text);
  return extractPaths([file]);
}

/**
 * The relationships extraction finds in a document written for a test: for a type, each as
 * `source → target` by name (or `source → <property>` when a property is named).
 */
export async function edgesIn(
  text: string,
  name?: string,
): Promise<(type: string, property?: string) => string[]> {
  const { graph } = await extractText(text, name);
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return (type, property) =>
    graph.edges
      .filter((edge) => edge.type === type)
      .map(
        (edge) =>
          `${names.get(edge.source)} → ${property ? edge.properties[property] : names.get(edge.target)}`,
      );
}
