import { documentId, type Evidence } from '../../model/graph.ts';
import { regionShortNames } from '../../model/region-names.ts';
import { originalLine } from '../read/plan-document.ts';
import type { ExtractionContext } from './extract-context.ts';
import { addRegion } from './extract-regions.ts';

/**
 * The document and who issued it. The evidence is the first heading or sentence that names
 * the issuer (by its full or short name), else the document's first sentence.
 */
export function extractDocumentFacts(context: ExtractionContext): void {
  const { entry, document, builder, issuer, gazetteer } = context;
  const issuerNames = issuer
    ? gazetteer.names(issuer.code)
    : [entry.issuer, ...regionShortNames(entry.issuer)];
  const evidence = firstMention(context, issuerNames) ?? firstSentence(context);
  if (!evidence) return;
  const id = documentId(entry.file);
  builder.addNode({
    id,
    label: 'Document',
    name: entry.title,
    properties: {
      file: entry.file,
      title: entry.title,
      kind: entry.kind,
      date: entry.adopted,
      period: entry.period,
      issuerName: entry.issuer,
      sha256: document.sha256,
      extractorVersion: context.extractorVersion,
      ...(document.path ? { source: document.path } : {}),
    },
    evidence,
  });
  let issuerId: string;
  if (issuer) {
    issuerId = addRegion(context, issuer, evidence);
  } else {
    context.diagnostics.push({
      file: document.file,
      line: 0,
      severity: 'warning',
      rule: 'unknown-issuer',
      message: `issuer "${entry.issuer}" is not in the division dataset; it becomes a Region without a code`,
    });
    issuerId = `region:${entry.issuer}`;
    builder.addNode({
      id: issuerId,
      label: 'Region',
      name: entry.issuer,
      aliases: regionShortNames(entry.issuer),
      evidence,
    });
  }
  builder.addEdge({ type: 'ISSUED_BY', source: id, target: issuerId, evidence });
}

/** The first heading or sentence that holds one of `names` (as read: in simplified characters). */
export function firstMention(context: ExtractionContext, names: string[]): Evidence | undefined {
  const { document } = context;
  const candidates = [
    ...document.headings.map((h) => ({
      line: h.line,
      section: h.section,
      text: document.lines[h.line - 1] ?? '',
      quote: originalLine(document, h.line).trim(),
    })),
    ...document.sentences,
  ].sort((a, b) => a.line - b.line);
  const mention = candidates.find((candidate) => names.some((name) => candidate.text.includes(name)));
  return mention
    ? { document: document.file, line: mention.line, section: mention.section, quote: mention.quote }
    : undefined;
}

function firstSentence(context: ExtractionContext): Evidence | undefined {
  const first = context.document.sentences[0];
  return first
    ? { document: context.document.file, line: first.line, section: first.section, quote: first.quote }
    : undefined;
}
