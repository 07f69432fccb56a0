import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What decides the facts read from a file besides the file itself: the readers, the
 * extractors, their vocabulary and the data files (lexicons, taxonomy, divisions) a user may
 * extend. Any change to these makes every document worth reading again.
 */
const EXTRACTION_INPUTS = [
  'ingest/read',
  'ingest/extract',
  'ingest/vocabulary',
  'ingest/resolve',
  'model',
  'data/lexicon',
  'data/taxonomy',
  'data/regions',
];

let cached: string | undefined;

/** A short hash of everything in EXTRACTION_INPUTS: equal versions read a file to equal facts. */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of EXTRACTION_INPUTS.flatMap((folder) => filesUnder(path.join(ROOT, folder))).sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
