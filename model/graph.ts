/**
 * The graph document: nodes and edges with their evidence, as extraction produces them and the
 * loader writes them (labels and relationship types: labels.ts, relationships.ts).
 */
import type { NodeLabel } from './labels.ts';
import type { RelationshipType } from './relationships.ts';

/** Where a fact is written: the document, the 1-based line, the section path and a verbatim quote. */
export interface Evidence {
  /** File name of the source document, e.g. `huaihua-14th-five-year-plan.txt`. */
  document: string;
  /** 1-based line number in the original file. */
  line: number;
  /** Section path, e.g. `第二篇 › 第一章 › 第一节`; empty before the first heading. */
  section: string;
  /** A verbatim substring of that line (of the lines to `endLine`, joined by line breaks). */
  quote: string;
  /** The last line the quote reaches, when it runs on across a wrapped line. */
  endLine?: number;
  /** For a PDF, the 1-based page the line starts on. */
  page?: number;
}

/** The text a piece of evidence quotes from: its line, or its lines to `endLine` joined by line breaks. */
export function citedText(lines: readonly string[], evidence: Pick<Evidence, 'line' | 'endLine'>): string {
  return lines.slice(evidence.line - 1, evidence.endLine ?? evidence.line).join('\n');
}

/** Property values Neo4j can store directly. */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  /** Stable, deterministic id, e.g. `document:huaihua-14th-five-year-plan.txt`, `region:431200`. */
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Properties;
  evidence: Evidence[];
}

export interface GraphEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  properties: Properties;
  evidence: Evidence[];
}

/** The graph document: what extraction writes and the loader reads (`graph.json`). */
export interface PlanGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Document kinds a manifest may name, or the text tells (data/lexicon/documents.json). */
export const DOCUMENT_KINDS = [
  'five-year-plan',
  'government-work-report',
  'gazette',
  'statistics',
  'park-plan',
  'plan',
  'news',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How each kind of document reads in Chinese. */
export const DOCUMENT_KIND_CAPTIONS: Record<DocumentKind, string> = {
  'five-year-plan': '五年规划',
  'government-work-report': '政府工作报告',
  gazette: '政府公报',
  statistics: '统计公报',
  'park-plan': '园区规划',
  plan: '规划',
  news: '新闻',
};

/** A document kind's caption; the kind itself when it is none of ours. */
export function documentKindCaption(kind: string): string {
  return DOCUMENT_KIND_CAPTIONS[kind as DocumentKind] ?? kind;
}

/** Id of the `Document` node for a source file; ids are the file names, which the manifest keeps unique. */
export function documentId(file: string): string {
  return `document:${file}`;
}

/** Id of an edge: its type and endpoints, so the same fact from two documents is one edge. */
export function edgeId(type: RelationshipType, source: string, target: string, qualifier = ''): string {
  return qualifier ? `${type}:${source}->${target}:${qualifier}` : `${type}:${source}->${target}`;
}
