import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PlanGraph } from '../model/graph.ts';
import type { Diagnostic } from './diagnostics.ts';
import { IngestError } from './diagnostics.ts';
import { extractDocumentGraph, loadExtractionResources } from './extract/extract-document-graph.ts';
import { type ManifestEntry, readManifest } from './read/manifest.ts';
import { readSourceText } from './read/read-source-text.ts';
import { segmentDocument } from './read/segment-document.ts';
import { mergeGraph } from './resolve/merge-graph.ts';
import { resolveEntities } from './resolve/resolve-entities.ts';

/** The result of reading and extracting a corpus: the merged graph and what could not be read. */
export interface CorpusExtraction {
  graph: PlanGraph;
  /** Documents that were read, in manifest order. */
  documents: ManifestEntry[];
  /** Documents that could not be read, with the reason. */
  failed: { entry: ManifestEntry; diagnostic: Diagnostic }[];
  diagnostics: Diagnostic[];
}

/**
 * The ingest pipeline up to (not including) loading:
 *   manifest → read (decode) → segment (structure, positions) → extract → merge → resolve.
 * A document that cannot be read is reported and left out; the others go on.
 */
export async function extractCorpus(corpusFolder: string): Promise<CorpusExtraction> {
  const manifest = await readManifest(corpusFolder);
  return extractDocuments(
    manifest.documents.map((entry) => ({ entry, path: path.join(manifest.folder, entry.file) })),
  );
}

/**
 * Single files: each described by the manifest.json beside it when it lists the file, else by
 * what its text says (title from its first heading, issuer from the first division it names).
 */
export async function extractFiles(files: string[]): Promise<CorpusExtraction> {
  const inputs: DocumentInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const folder = path.dirname(file);
    const listed = existsSync(path.join(folder, 'manifest.json'))
      ? (await readManifest(folder)).documents.find((entry) => entry.file === path.basename(file))
      : undefined;
    if (listed) {
      inputs.push({ entry: listed, path: file });
    } else {
      diagnostics.push({
        file: path.basename(file),
        line: 0,
        severity: 'info',
        rule: 'no-manifest-entry',
        message: 'not listed in a manifest.json: title, issuer and kind are taken from the text',
      });
      inputs.push({ entry: null, path: file });
    }
  }
  const extraction = await extractDocuments(inputs);
  return { ...extraction, diagnostics: [...diagnostics, ...extraction.diagnostics] };
}

export interface DocumentInput {
  /** What the manifest says of the document; null to take it from the text. */
  entry: ManifestEntry | null;
  path: string;
}

export async function extractDocuments(inputs: DocumentInput[]): Promise<CorpusExtraction> {
  const parts = [];
  const documents: ManifestEntry[] = [];
  const failed: CorpusExtraction['failed'] = [];
  const diagnostics: Diagnostic[] = [];
  const resources = loadExtractionResources();
  for (const input of inputs) {
    const file = path.basename(input.path);
    try {
      const source = await readSourceText(input.path);
      const document = segmentDocument(source);
      diagnostics.push(...document.diagnostics);
      const entry = input.entry ?? resources.describer.describe(file, document);
      const graph = extractDocumentGraph(entry, document, resources);
      diagnostics.push(...graph.diagnostics);
      parts.push(graph);
      documents.push(entry);
    } catch (error) {
      const diagnostic = asDiagnostic(error, file);
      failed.push({ entry: input.entry ?? describeUnread(file), diagnostic });
      diagnostics.push(diagnostic);
    }
  }
  const resolved = resolveEntities(mergeGraph(parts, diagnostics));
  diagnostics.push(...resolved.diagnostics);
  return { graph: resolved.graph, documents, failed, diagnostics };
}

function describeUnread(file: string): ManifestEntry {
  return { file, title: file, issuer: '', kind: 'five-year-plan', adopted: '', period: '' };
}

function asDiagnostic(error: unknown, file: string): Diagnostic {
  if (error instanceof IngestError) return error.diagnostic;
  const code = (error as { code?: string }).code;
  const message =
    code === 'ENOENT' ? `${file} is listed in manifest.json but does not exist` : (error as Error).message;
  return { file, line: 0, severity: 'error', rule: 'read', message };
}
