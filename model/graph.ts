/**
 * The domain model of the plan graph, defined once.
 *
 * Ingest produces values of these types, the loader writes them to Neo4j, the GraphQL
 * schema exposes them and the viewer styles them. Renaming a label or relationship type
 * here is a one-place change plus the compiler's list of errors.
 */

/** Node labels, in the order the viewer's legend shows them. */
export const NODE_LABELS = ['Document', 'Region', 'Park', 'Industry', 'Project', 'Goal'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types with the labels each one connects (source → target). */
export const RELATIONSHIP_TYPES = {
  ISSUED_BY: { source: ['Document'], target: ['Region'] },
  PART_OF: { source: ['Region', 'Industry'], target: ['Region', 'Industry'] },
  LOCATED_IN: { source: ['Park', 'Project'], target: ['Region'] },
  HOSTS: { source: ['Park'], target: ['Industry'] },
  PRIORITIZES: { source: ['Region'], target: ['Industry'] },
  IN_PARK: { source: ['Project'], target: ['Park'] },
  IN_INDUSTRY: { source: ['Project'], target: ['Industry'] },
  SETS: { source: ['Document'], target: ['Goal'] },
  FOR_REGION: { source: ['Goal'], target: ['Region'] },
  CONCERNS: { source: ['Goal'], target: ['Industry'] },
} as const satisfies Record<string, { source: readonly NodeLabel[]; target: readonly NodeLabel[] }>;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Where a fact is written: the document, the 1-based line, the section path and a verbatim quote. */
export interface Evidence {
  /** File name of the source document, e.g. `huaihua-14th-five-year-plan.txt`. */
  document: string;
  /** 1-based line number in the original file. */
  line: number;
  /** Section path, e.g. `第二篇 › 第一章 › 第一节`; empty before the first heading. */
  section: string;
  /** A verbatim substring of that line. */
  quote: string;
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

/** Document kinds the corpus manifest may name. */
export const DOCUMENT_KINDS = ['five-year-plan', 'gazette'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Id of the `Document` node for a source file; ids are the file names, which the manifest keeps unique. */
export function documentId(file: string): string {
  return `document:${file}`;
}

/** Id of an edge: its type and endpoints, so the same fact from two documents is one edge. */
export function edgeId(type: RelationshipType, source: string, target: string, qualifier = ''): string {
  return qualifier ? `${type}:${source}->${target}:${qualifier}` : `${type}:${source}->${target}`;
}
