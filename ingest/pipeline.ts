import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { IngestError } from './diagnostics.ts';
import { extractDocumentFacts } from './extract-documents.ts';
import { type ManifestEntry, readManifest } from './manifest.ts';
import { mergeGraph } from './merge-graph.ts';
import type { PlanGraph } from './model.ts';
import { readSourceText } from './read-document.ts';
import { segmentDocument } from './segment-document.ts';

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
 *   manifest → read (decode) → segment (structure, positions) → extract → merge.
 * A document that cannot be read is reported and left out; the others go on.
 */
export async function extractCorpus(corpusFolder: string): Promise<CorpusExtraction> {
  const manifest = await readManifest(corpusFolder);
  const parts = [];
  const documents: ManifestEntry[] = [];
  const failed: CorpusExtraction['failed'] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of manifest.documents) {
    try {
      const source = await readSourceText(path.join(manifest.folder, entry.file));
      const document = segmentDocument(source);
      diagnostics.push(...document.diagnostics);
      parts.push(extractDocumentFacts(entry, document));
      documents.push(entry);
    } catch (error) {
      const diagnostic = asDiagnostic(error, entry.file);
      failed.push({ entry, diagnostic });
      diagnostics.push(diagnostic);
    }
  }
  return { graph: mergeGraph(parts), documents, failed, diagnostics };
}

function asDiagnostic(error: unknown, file: string): Diagnostic {
  if (error instanceof IngestError) return error.diagnostic;
  const code = (error as { code?: string }).code;
  const message =
    code === 'ENOENT' ? `${file} is listed in manifest.json but does not exist` : (error as Error).message;
  return { file, line: 0, severity: 'error', rule: 'read', message };
}
