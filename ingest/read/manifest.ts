import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../model/graph.ts';
import { IngestError } from '../diagnostics.ts';

/** One entry of a corpus `manifest.json`: what a person knows about a document beyond its text. */
export interface ManifestEntry {
  file: string;
  title: string;
  issuer: string;
  kind: DocumentKind;
  /** Date the document was adopted or published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  adopted: string;
  /** Period it covers, e.g. `2021-2025` or `2026`. */
  period: string;
  /** The park whose own plan or report it is, as written (襄阳高新区“十五五”发展规划): what it develops, the park hosts. */
  park?: string;
}

export interface Manifest {
  /** Absolute folder holding the manifest and the documents it lists. */
  folder: string;
  documents: ManifestEntry[];
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Reads and checks `manifest.json` in a corpus folder; every problem is reported with its place. */
export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new IngestError({
      file,
      line: 0,
      severity: 'error',
      rule: 'manifest-missing',
      message: `no manifest.json in ${folder}: list the documents there (file, title, issuer, kind, adopted, period)`,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new IngestError({
      file,
      line: 0,
      severity: 'error',
      rule: 'manifest-json',
      message: `manifest.json is not valid JSON: ${(cause as Error).message}`,
    });
  }
  const documents = (parsed as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) {
    throw new IngestError({
      file,
      line: 0,
      severity: 'error',
      rule: 'manifest-shape',
      message: 'manifest.json must have a "documents" array',
    });
  }
  const seen = new Set<string>();
  const entries = documents.map((raw, index) => {
    const entry = checkEntry(raw, index, file);
    if (seen.has(entry.file)) {
      throw manifestError(file, index, `file "${entry.file}" is listed twice`);
    }
    seen.add(entry.file);
    return entry;
  });
  return { folder: path.resolve(folder), documents: entries };
}

function checkEntry(raw: unknown, index: number, file: string): ManifestEntry {
  if (typeof raw !== 'object' || raw === null) throw manifestError(file, index, 'is not an object');
  const record = raw as Record<string, unknown>;
  const text = (key: string): string => {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw manifestError(file, index, `needs a non-empty string "${key}"`);
    }
    return value.trim();
  };
  const kind = text('kind');
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    throw manifestError(file, index, `has kind "${kind}"; expected one of ${DOCUMENT_KINDS.join(', ')}`);
  }
  const adopted = text('adopted');
  if (!DATE_PATTERN.test(adopted)) {
    throw manifestError(file, index, `has adopted "${adopted}"; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const documentFile = text('file');
  if (documentFile.includes('/') || documentFile.includes('\\')) {
    throw manifestError(file, index, `file "${documentFile}" must be a file name in the corpus folder`);
  }
  const park = typeof record.park === 'string' && record.park.trim() !== '' ? record.park.trim() : undefined;
  return {
    file: documentFile,
    title: text('title'),
    issuer: text('issuer'),
    kind: kind as DocumentKind,
    adopted,
    period: text('period'),
    ...(park ? { park } : {}),
  };
}

function manifestError(file: string, index: number, problem: string): IngestError {
  return new IngestError({
    file,
    line: 0,
    severity: 'error',
    rule: 'manifest-entry',
    message: `documents[${index}] ${problem}`,
  });
}
