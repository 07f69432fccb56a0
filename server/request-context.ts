import type { EntityNames } from './entity-names.ts';
import type { GraphStore } from './graph-store.ts';
import { RelationshipLoader } from './relationship-loader.ts';

/** What every resolver of one request has: the graph, the names it knows, and per-request batching. */
export interface RequestContext {
  store: GraphStore;
  names: EntityNames;
  relationships: RelationshipLoader;
}

export function requestContext(store: GraphStore, names: EntityNames): RequestContext {
  return { store, names, relationships: new RelationshipLoader(store) };
}
