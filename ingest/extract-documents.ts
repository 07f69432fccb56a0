import type { ManifestEntry } from './manifest.ts';
import { documentId, type Evidence, edgeId, type GraphEdge, type GraphNode } from './model.ts';
import type { SourceText } from './read-document.ts';
import { regionShortNames } from './region-names.ts';

/** What one document contributes about itself: its `Document` node, its issuer and `ISSUED_BY`. */
export interface DocumentFacts {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function regionId(name: string): string {
  return `region:${name}`;
}

/**
 * The document and who issued it. The evidence is the first line that names the issuer
 * (by its full or short name), else the document's first line of text.
 */
export function extractDocumentFacts(entry: ManifestEntry, source: SourceText): DocumentFacts {
  const issuerNames = [entry.issuer, ...regionShortNames(entry.issuer)];
  const evidence = firstMention(source, issuerNames) ?? firstTextLine(source);
  const document: GraphNode = {
    id: documentId(entry.file),
    label: 'Document',
    name: entry.title,
    aliases: [],
    properties: {
      file: entry.file,
      title: entry.title,
      kind: entry.kind,
      date: entry.adopted,
      period: entry.period,
      issuerName: entry.issuer,
    },
    evidence: evidence ? [evidence] : [],
  };
  const issuer: GraphNode = {
    id: regionId(entry.issuer),
    label: 'Region',
    name: entry.issuer,
    aliases: regionShortNames(entry.issuer),
    properties: {},
    evidence: evidence ? [evidence] : [],
  };
  const issuedBy: GraphEdge = {
    id: edgeId('ISSUED_BY', document.id, issuer.id),
    type: 'ISSUED_BY',
    source: document.id,
    target: issuer.id,
    properties: {},
    evidence: evidence ? [evidence] : [],
  };
  return { nodes: [document, issuer], edges: [issuedBy] };
}

function firstMention(source: SourceText, names: string[]): Evidence | undefined {
  for (const [index, line] of source.lines.entries()) {
    const name = names.find((candidate) => line.includes(candidate));
    if (name) return { document: source.file, line: index + 1, section: '', quote: line.trim() };
  }
  return undefined;
}

function firstTextLine(source: SourceText): Evidence | undefined {
  const index = source.lines.findIndex((line) => line.trim() !== '');
  const line = source.lines[index];
  if (line === undefined) return undefined;
  return { document: source.file, line: index + 1, section: '', quote: line.trim() };
}
