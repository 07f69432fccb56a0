import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredDocument } from '../load/load-graph.ts';
import type { DocumentInput } from '../pipeline.ts';
import { sha256Of } from '../read/read-source-text.ts';

/** Why a document is read and loaded again. */
export type Change = 'new' | 'file changed' | 'extractor changed';

/** What an ingest will do: documents to load (with why), those left alone, and those gone. */
export interface IngestPlan {
  load: { input: DocumentInput; change: Change }[];
  unchanged: DocumentInput[];
  /** Documents in the graph read from a folder given now that no longer holds them. */
  gone: StoredDocument[];
}

/**
 * Compares the files given with what the graph holds: a document whose file (SHA-256) and
 * extractor version are both unchanged is left alone; a file the graph has from one of the
 * folders given, but the folder no longer holds, is gone.
 */
export async function planIngest(
  inputs: DocumentInput[],
  stored: Map<string, StoredDocument>,
  extractorVersion: string,
  givenPaths: string[],
): Promise<IngestPlan> {
  const plan: IngestPlan = { load: [], unchanged: [], gone: [] };
  for (const input of inputs) {
    const known = stored.get(path.basename(input.path));
    if (!known) {
      plan.load.push({ input, change: 'new' });
      continue;
    }
    const sha256 = await fileSha256(input.path).catch(() => undefined);
    if (sha256 !== known.sha256) plan.load.push({ input, change: 'file changed' });
    else if (known.extractorVersion !== extractorVersion)
      plan.load.push({ input, change: 'extractor changed' });
    else plan.unchanged.push(input);
  }
  const names = new Set(inputs.map((input) => path.basename(input.path)));
  const folders = givenPaths.map((given) => `${path.resolve(given)}${path.sep}`);
  for (const document of stored.values()) {
    const source = document.source;
    if (!source || names.has(document.file)) continue;
    if (folders.some((folder) => source.startsWith(folder))) plan.gone.push(document);
  }
  return plan;
}

async function fileSha256(file: string): Promise<string> {
  return sha256Of(await readFile(file));
}
