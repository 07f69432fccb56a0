import DataLoader from 'dataloader';
import type { NodeLabel } from '../model/graph.ts';
import type { GraphStore } from './graph-store.ts';
import { type EdgeValue, type StoredMap, toEdge, toNode } from './graph-values.ts';
import { type Direction, EDGE_TYPES, type EdgeTypeName } from './relationship-fields.ts';

/** One relationship field with its arguments: what a batch of parents share. */
export interface RelationshipRequest {
  edgeType: EdgeTypeName;
  direction: Direction;
  /** Label of the parent nodes. */
  label: NodeLabel;
  first: number;
  document: string | null;
  /** Exact conditions on the relationship's properties (e.g. HOSTS role). */
  edgeWhere: Record<string, string>;
  /** Exact conditions on the far end's properties (e.g. a goal's attribute). */
  nodeWhere: Record<string, string | number>;
  indicator: string | null;
  /** Incoming relationships may also end at regions below the parent region. */
  within: boolean;
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
    const spec = EDGE_TYPES[request.edgeType];
    const rows = await this.store.read(request.direction === 'out' ? 'relations-out' : 'relations-in', {
      ids,
      type: spec.type,
      label: request.label,
      otherLabel: request.direction === 'out' ? spec.target : spec.source,
      first: request.first,
      document: request.document,
      edgeWhere: request.edgeWhere,
      nodeWhere: request.nodeWhere,
      indicator: request.indicator,
      within: request.within,
    });
    const byParent = new Map(
      rows.map((row) => {
        const parent = toNode(row.node as StoredMap);
        const edges = (row.edges as StoredMap[]).map((edge) => {
          const other = toNode(edge.other as StoredMap);
          // Incoming relationships may end at a region below the parent (`within`).
          const end = edge.place ? toNode(edge.place as StoredMap) : parent;
          const [source, target] = request.direction === 'out' ? [parent, other] : [other, end];
          return toEdge(edge.relationship as StoredMap, source, target, request.document);
        });
        return [String(row.id), edges];
      }),
    );
    return ids.map((id) => byParent.get(id) ?? []);
  }
}
