import type { ManifestEntry } from './manifest.ts';
import { documentId, type Evidence, edgeId, type GraphEdge, type GraphNode } from './model.ts';
import type { PlanDocument } from './plan-document.ts';
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
export function extractDocumentFacts(entry: ManifestEntry, source: PlanDocument): DocumentFacts {
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

function firstMention(source: PlanDocument, names: string[]): Evidence | undefined {
  const headingOrSentence = [
    ...source.headings.map((h) => ({
      line: h.line,
      section: h.section,
      quote: source.lines[h.line - 1]?.trim() ?? '',
    })),
    ...source.sentences,
  ].sort((a, b) => a.line - b.line);
  const mention = headingOrSentence.find((candidate) => names.some((name) => candidate.quote.includes(name)));
  return mention
    ? { document: source.file, line: mention.line, section: mention.section, quote: mention.quote }
    : undefined;
}

function firstTextLine(source: PlanDocument): Evidence | undefined {
  const first = source.sentences[0];
  return first
    ? { document: source.file, line: first.line, section: first.section, quote: first.quote }
    : undefined;
}
