import type { GraphQLResolveInfo } from 'graphql';
import { labelProperties, NODE_LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPE_NAMES, relationshipProperties } from '../model/relationships.ts';
import { type EvidenceSelection, evidenceSelection } from './evidence-selection.ts';

/**
 * The properties the named queries return, in this order, as `$nodeKeys` / `$edgeKeys`
 * (`n {label: …, values: [key IN $nodeKeys | n[key]]}`): what every entity or relationship
 * has, then every property the model gives any label or relationship type, then — only when
 * the request selects it — the evidence. Named properties rather than `n {.*}`: `.*` reads
 * every property from the store, evidence too, which made a question's query a third slower
 * even when the evidence was dropped from the answer.
 */
export const NODE_KEYS: readonly string[] = [
  ...new Set([
    'id',
    'name',
    'aliases',
    'sources',
    ...NODE_LABELS.flatMap((label) => labelProperties(label).map(([name]) => name)),
  ]),
];
export const EDGE_KEYS: readonly string[] = [
  ...new Set([
    'id',
    'sources',
    ...RELATIONSHIP_TYPE_NAMES.flatMap((type) => relationshipProperties(type).map(([name]) => name)),
  ]),
];

const WITH_EVIDENCE = {
  node: [...NODE_KEYS, 'evidence'],
  edge: [...EDGE_KEYS, 'evidence'],
};

export interface ReturnedProperties {
  nodeKeys: readonly string[];
  edgeKeys: readonly string[];
}

export function returnedKeys(selection: EvidenceSelection): ReturnedProperties {
  return {
    nodeKeys: selection.nodeEvidence ? WITH_EVIDENCE.node : NODE_KEYS,
    edgeKeys: selection.edgeEvidence ? WITH_EVIDENCE.edge : EDGE_KEYS,
  };
}

/** What the named queries should return for this request. */
export function returnedProperties(info: GraphQLResolveInfo): ReturnedProperties {
  return returnedKeys(evidenceSelection(info));
}

/** Everything, evidence included (where the evidence is the answer, as in mentions). */
export const ALL_PROPERTIES: ReturnedProperties = {
  nodeKeys: WITH_EVIDENCE.node,
  edgeKeys: WITH_EVIDENCE.edge,
};
