import type { GraphQLResolveInfo } from 'graphql';
import { labelProperties, NODE_LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPE_NAMES, relationshipProperties } from '../model/relationships.ts';
import { type EvidenceSelection, selection } from './evidence-selection.ts';

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

/** What every entity or relationship value has, selected or not (see graph-values.ts). */
const ALWAYS_RETURNED = new Set(['id', 'name']);

/**
 * `keys` with those the request does not select replaced by NOT_SELECTED: positions stay (the
 * values are read by position), Neo4j reads nothing for them, and the rows carry no property
 * nobody asked for (a goal's dozen properties when only its indicator is shown).
 */
function onlySelected(keys: readonly string[], fields: ReadonlySet<string>): readonly string[] {
  return keys.map((key) =>
    ALWAYS_RETURNED.has(key) || fields.has(key) || key === NOT_SELECTED ? key : NOT_SELECTED,
  );
}

const RETURNED = new WeakMap<GraphQLResolveInfo['operation'], ReturnedProperties>();

/** What the named queries should return for this request: what it selects, no more. */
export function returnedProperties(info: GraphQLResolveInfo): ReturnedProperties {
  let returned = RETURNED.get(info.operation);
  if (returned) return returned;
  const selected = selection(info);
  const all = returnedKeys(selected.evidence);
  returned = {
    nodeKeys: onlySelected(all.nodeKeys, new Set([...selected.nodeFields, 'sources', 'evidence'])),
    edgeKeys: onlySelected(all.edgeKeys, new Set([...selected.edgeFields, 'sources', 'evidence'])),
  };
  RETURNED.set(info.operation, returned);
  return returned;
}

/** Everything, evidence included (where the evidence is the answer, as in mentions). */
export const ALL_PROPERTIES: ReturnedProperties = {
  nodeKeys: cachedKeys('node', true, true),
  edgeKeys: cachedKeys('edge', true, true),
};
