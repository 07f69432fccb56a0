/**
 * What every entity and every relationship looks like outside the graph document: as the API
 * answers with them and as the viewer draws them. Server and viewer share these shapes.
 */
import type { Evidence } from './graph.ts';
import type { NodeLabel } from './labels.ts';
import type { RelationshipType } from './relationships.ts';

export interface NodeSummary {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  /** Files of the documents that name it. */
  sources: string[];
}

export interface EdgeSummary {
  id: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  evidence: Evidence[];
  /** Files of the documents that state it. */
  sources: string[];
}
