import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PlanGraph } from '../model/graph.ts';
import type { Diagnostic } from './diagnostics.ts';
import { IngestError } from './diagnostics.ts';
import {
  type ExtractionResources,
  extractDocumentGraph,
  loadExtractionResources,
} from './extract/extract-document-graph.ts';
import { type Manifest, type ManifestEntry, readManifest } from './read/manifest.ts';
import { FOLDER_NOTE, READABLE_FILE, readSourceText } from './read/read-source-text.ts';
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
  /** Documents no manifest describes: what their text says they are (for the user to check). */
  described: ManifestEntry[];
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
 * What a user gives: files and folders, folders read recursively. A folder's manifest.json
 * describes the documents it lists; any other readable file is described by its own text.
 */
export async function extractPaths(paths: string[]): Promise<CorpusExtraction> {
  const { inputs, diagnostics } = await documentInputs(paths);
  const extraction = await extractDocuments(inputs);
  return { ...extraction, diagnostics: [...diagnostics, ...extraction.diagnostics] };
}

/**
 * The documents that files and folders name, each with its manifest entry when a manifest
 * lists it. Files are known by their name, so a second file of the same name is reported and
 * left out.
 */
export async function documentInputs(
  paths: string[],
): Promise<{ inputs: DocumentInput[]; diagnostics: Diagnostic[] }> {
  const inputs: DocumentInput[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  // Files given one by one from one folder share its manifest, read once.
  const manifests = new Map<string, Promise<Manifest | undefined>>();
  const add = (input: DocumentInput) => {
    const name = path.basename(input.path);
    const first = seen.get(name);
    if (first) {
      diagnostics.push({
        file: name,
        line: 0,
        severity: 'error',
        rule: 'duplicate-file-name',
        message: `${input.path} has the name of ${first}, which is read already: documents are known by their file names`,
      });
      return;
    }
    seen.set(name, input.path);
    inputs.push(input);
  };
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) {
      throw new IngestError({
        file: given,
        line: 0,
        severity: 'error',
        rule: 'read',
        message: `${given} does not exist`,
      });
    }
    if (info.isDirectory()) for (const input of await folderInputs(given)) add(input);
    else add({ entry: await manifestEntryOf(given, manifests), path: given });
  }
  return { inputs, diagnostics };
}

/** A folder's documents, its subfolders' too: listed in its manifest.json or readable files. */
async function folderInputs(folder: string): Promise<DocumentInput[]> {
  const manifest = existsSync(path.join(folder, 'manifest.json')) ? await readManifest(folder) : undefined;
  const listed = new Map((manifest?.documents ?? []).map((entry) => [entry.file, entry]));
  const inputs: DocumentInput[] = [...listed.values()].map((entry) => ({
    entry,
    path: path.join(folder, entry.file),
  }));
  const children = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const child of children) {
    const childPath = path.join(folder, child.name);
    if (child.isDirectory() && !child.name.startsWith('.')) inputs.push(...(await folderInputs(childPath)));
    else if (
      child.isFile() &&
      READABLE_FILE.test(child.name) &&
      !FOLDER_NOTE.test(child.name) &&
      !listed.has(child.name)
    ) {
      inputs.push({ entry: null, path: childPath });
    }
  }
  return inputs;
}

/** The manifest entry of a file, when a manifest.json beside it lists it. */
async function manifestEntryOf(
  file: string,
  manifests: Map<string, Promise<Manifest | undefined>>,
): Promise<ManifestEntry | null> {
  const folder = path.dirname(file);
  let manifest = manifests.get(folder);
  if (!manifest) {
    manifest = existsSync(path.join(folder, 'manifest.json'))
      ? readManifest(folder)
      : Promise.resolve(undefined);
    manifests.set(folder, manifest);
  }
  return (await manifest)?.documents.find((entry) => entry.file === path.basename(file)) ?? null;
}

export interface DocumentInput {
  /** What the manifest says of the document; null to take it from the text. */
  entry: ManifestEntry | null;
  path: string;
}

/** One document read and extracted on its own, or why it could not be read. */
export type DocumentExtraction =
  | {
      ok: true;
      entry: ManifestEntry;
      /** True when no manifest described it and its text did. */
      described: boolean;
      graph: PlanGraph;
      diagnostics: Diagnostic[];
    }
  | { ok: false; entry: ManifestEntry; diagnostic: Diagnostic; diagnostics: Diagnostic[] };

/**
 * One document through read → segment → extract → resolve. Entities get the same ids in
 * every document, so a document extracted alone joins the others wherever it is loaded.
 */
export async function extractDocument(
  input: DocumentInput,
  resources: ExtractionResources,
): Promise<DocumentExtraction> {
  const file = path.basename(input.path);
  const diagnostics: Diagnostic[] = [];
  try {
    const source = await readSourceText(input.path);
    const document = segmentDocument(source);
    diagnostics.push(...document.diagnostics);
    const entry = input.entry ?? resources.describer.describe(file, document);
    const graph = extractDocumentGraph(entry, document, resources);
    diagnostics.push(...graph.diagnostics);
    const resolved = resolveEntities({ nodes: graph.nodes, edges: graph.edges });
    diagnostics.push(...resolved.diagnostics);
    return { ok: true, entry, described: !input.entry, graph: resolved.graph, diagnostics };
  } catch (error) {
    const diagnostic = asDiagnostic(error, file);
    return {
      ok: false,
      entry: input.entry ?? describeUnread(file),
      diagnostic,
      diagnostics: [...diagnostics, diagnostic],
    };
  }
}

export async function extractDocuments(inputs: DocumentInput[]): Promise<CorpusExtraction> {
  const parts: PlanGraph[] = [];
  const documents: ManifestEntry[] = [];
  const failed: CorpusExtraction['failed'] = [];
  const diagnostics: Diagnostic[] = [];
  const described: ManifestEntry[] = [];
  const resources = loadExtractionResources();
  for (const input of inputs) {
    const extraction = await extractDocument(input, resources);
    diagnostics.push(...extraction.diagnostics);
    if (!extraction.ok) {
      failed.push({ entry: extraction.entry, diagnostic: extraction.diagnostic });
      continue;
    }
    if (extraction.described) described.push(extraction.entry);
    parts.push(extraction.graph);
    documents.push(extraction.entry);
  }
  const resolved = resolveEntities(mergeGraph(parts, diagnostics));
  diagnostics.push(...resolved.diagnostics);
  return { graph: resolved.graph, documents, failed, diagnostics, described };
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
