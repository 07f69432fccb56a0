import DataLoader from 'dataloader';
import type { NodeLabel } from '../model/labels.ts';
import type { RelationshipPair } from '../model/relationships.ts';
import type { GraphStore } from './graph-store.ts';
import { type EdgeValue, toEdge, toNode } from './graph-values.ts';
import { returnedKeys } from './returned-properties.ts';

/** One relationship field with its arguments: what a batch of parents share. */
export interface RelationshipRequest {
  pair: RelationshipPair;
  /** out: the parents are the relationships' sources; in: their targets. */
  direction: 'out' | 'in';
  /** Label of the parent nodes. */
  label: NodeLabel;
  first: number;
  document: string | null;
  /** Exact conditions on the relationship's properties (e.g. HOSTS role). */
  edgeWhere: Record<string, string | number | boolean>;
  /** Exact conditions on the far end's properties (e.g. a goal's attribute). */
  nodeWhere: Record<string, string | number | boolean>;
  /** Parts of the far end's properties (e.g. of a goal's indicator). */
  nodeContains: Record<string, string>;
  /** Incoming relationships may also end at regions below the parent region. */
  within: boolean;
  nodeEvidence: boolean;
  edgeEvidence: boolean;
  nodeSources: boolean;
  edgeSources: boolean;
}

/**
 * Relationship fields without N+1: all parents that ask for the same field with the same
 * arguments in one request are answered by one query (relations-out / relations-in.cypher),
 * so a request costs at most one round trip per distinct field in it, whatever the number of
 * results. One loader per request: nothing is cached across requests.
 */
export class RelationshipLoader {
  private readonly loaders = new Map<string, DataLoader<string, EdgeValue[]>>();

  constructor(private readonly store: GraphStore) {}

  load(request: RelationshipRequest, parentId: string): Promise<EdgeValue[]> {
    const key = JSON.stringify(request);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.fetch(request, ids), { cache: true });
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }

  private async fetch(request: RelationshipRequest, ids: readonly string[]): Promise<EdgeValue[][]> {
    const { pair, direction } = request;
    const parameters = {
      ids,
      type: pair.type,
      label: request.label,
      otherLabel: direction === 'out' ? pair.target : pair.source,
      first: request.first,
      document: request.document,
      edgeWhere: request.edgeWhere,
      nodeWhere: request.nodeWhere,
      nodeContains: request.nodeContains,
      within: request.within,
      ...returnedKeys(request),
    };
    const byParent = new Map<string, EdgeValue[]>();
    if (direction === 'out') {
      for (const row of await this.store.read('relations-out', parameters)) {
        const parent = toNode(row.node);
        byParent.set(
          row.id,
          row.edges.map((edge) => toEdge(edge.relationship, parent, toNode(edge.other), request.document)),
        );
      }
    } else {
      for (const row of await this.store.read('relations-in', parameters)) {
        const parent = toNode(row.node);
        byParent.set(
          row.id,
          // Incoming relationships may end at a region below the parent (`within`).
          row.edges.map((edge) =>
            toEdge(
              edge.relationship,
              toNode(edge.other),
              edge.place ? toNode(edge.place) : parent,
              request.document,
            ),
          ),
        );
      }
    }
    return ids.map((id) => byParent.get(id) ?? []);
  }
}
