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
