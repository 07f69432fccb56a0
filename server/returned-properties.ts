import type { GraphQLResolveInfo } from 'graphql';
import { labelProperties, NODE_LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPE_NAMES, relationshipProperties } from '../model/relationships.ts';
import { type EvidenceSelection, evidenceSelection } from './evidence-selection.ts';

/**
 * The properties the named queries return, in this order, as `$nodeKeys` / `$edgeKeys`
 * (`n {label: …, values: [key IN $nodeKeys | n[key]]}`): what every entity or relationship
 * has, then every property the model gives any label or relationship type, then — only when
 * the request selects them — the sources and the evidence. Named properties rather than `n {.*}`: `.*` reads
 * every property from the store, evidence too, which made a question's query a third slower
 * even when the evidence was dropped from the answer.
 */
export const NODE_KEYS: readonly string[] = [
  ...new Set([
    'id',
    'name',
    'aliases',
    ...NODE_LABELS.flatMap((label) => labelProperties(label).map(([name]) => name)),
  ]),
];
export const EDGE_KEYS: readonly string[] = [
  ...new Set([
    'id',
    ...RELATIONSHIP_TYPE_NAMES.flatMap((type) => relationshipProperties(type).map(([name]) => name)),
  ]),
];

/**
 * A property no element has: asked in place of a list the request does not select, so that
 * the sources and the evidence always come at the same places (after the base keys) while
 * Neo4j reads nothing for them.
 */
export const NOT_SELECTED = '-';

/** The keys with what the request selects of the lists that grow with the corpus. */
function keysFor(base: readonly string[], sources: boolean, evidence: boolean): readonly string[] {
  return [...base, sources ? 'sources' : NOT_SELECTED, evidence ? 'evidence' : NOT_SELECTED];
}
const KEYS = new Map<string, readonly string[]>();
function cachedKeys(kind: 'node' | 'edge', sources: boolean, evidence: boolean): readonly string[] {
  const key = `${kind}${sources}${evidence}`;
  let keys = KEYS.get(key);
  if (!keys) {
    keys = keysFor(kind === 'node' ? NODE_KEYS : EDGE_KEYS, sources, evidence);
    KEYS.set(key, keys);
  }
  return keys;
}

export interface ReturnedProperties {
  nodeKeys: readonly string[];
  edgeKeys: readonly string[];
}

export function returnedKeys(selection: EvidenceSelection): ReturnedProperties {
  return {
    nodeKeys: cachedKeys('node', selection.nodeSources, selection.nodeEvidence),
    edgeKeys: cachedKeys('edge', selection.edgeSources, selection.edgeEvidence),
  };
}

/** What the named queries should return for this request. */
export function returnedProperties(info: GraphQLResolveInfo): ReturnedProperties {
  return returnedKeys(evidenceSelection(info));
}

/** Everything, evidence included (where the evidence is the answer, as in mentions). */
export const ALL_PROPERTIES: ReturnedProperties = {
  nodeKeys: cachedKeys('node', true, true),
  edgeKeys: cachedKeys('edge', true, true),
};
