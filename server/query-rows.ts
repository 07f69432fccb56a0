/**
 * The rows each named read query returns (cypher/*.cypher), typed once: GraphStore.read gives
 * rows of these shapes, so resolvers need no casts. Entities and relationships come as their
 * label or type and the values of the properties the request asked for ($nodeKeys /
 * $edgeKeys, see returned-properties.ts), in that order.
 */
import type { NodeLabel } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';

/** An entity in an industry chain: a park (with its role and region), a region or a project (with its park). */
interface ChainMemberRow {
  id: string;
  name: string;
  roles: string[];
  place: string | null;
}

export interface StoredNode {
  label: NodeLabel;
  /** In the order of $nodeKeys. */
  values: unknown[];
}

export interface StoredRelationship {
  type: RelationshipType;
  /** In the order of $edgeKeys. */
  values: unknown[];
  /** Only where the query draws a graph (subgraph, paths). */
  sourceId?: string;
  targetId?: string;
}

/** A relationship with both of its ends. */
export interface EdgeRow {
  relationship: StoredRelationship;
  source: StoredNode;
  target: StoredNode;
}

/** One way a region develops an industry; source null when the way starts at the region itself. */
export interface WayRow {
  way: 'plan' | 'park';
  relationship: StoredRelationship;
  source: StoredNode | null;
}

export interface QueryRows {
  documents: { document: StoredNode; issuer: StoredNode | null };
  'list-nodes': {
    totalCount: number;
    hasNextPage: boolean;
    page: StoredNode[];
    pageKeys: (string | number | null)[];
  };
  'entity-names': {
    id: string;
    label: NodeLabel;
    name: string;
    aliases: string[] | null;
    sources: number;
    degree: number;
    kind: string | null;
    ups: string[];
  };
  'resolve-entity': { id: string; label: NodeLabel };
  search: { node: StoredNode };
  neighbours: { id: string };
  subgraph: { node: StoredNode; edges: StoredRelationship[] };
  'shortest-paths': { nodes: StoredNode[]; edges: StoredRelationship[] };
  'parks-hosting-industry': EdgeRow;
  'region-industries': { region: StoredNode; industries: { industry: StoredNode; ways: WayRow[] }[] };
  'shared-industries': { industry: StoredNode; regions: { region: StoredNode; ways: WayRow[] }[] };
  'projects-of': { node: StoredNode };
  'region-goals': { node: StoredNode };
  'common-ground': { a: StoredNode; b: StoredNode; indicators: string[]; commonParent: StoredNode | null };
  'development-matrix': {
    industries: {
      id: string;
      name: string;
      regions: number;
      parentId: string | null;
      parentName: string | null;
    }[];
    cells: {
      regionId: string;
      industryId: string;
      throughPlans: number;
      throughParks: number;
      roles: string[];
      files: string[];
    }[];
  };
  'matrix-regions': { id: string; name: string; level: string | null; parentId: string | null };
  'graph-counts': { element: 'node' | 'relationship'; kind: string; count: number };
  'neighbour-counts': { kind: string; count: number };
  'goal-years': { year: number; count: number; withBaseline: number };
  'industry-chain': {
    industryId: string;
    name: string;
    parentId: string | null;
    depth: number;
    parks: ChainMemberRow[];
    regions: ChainMemberRow[];
    projects: ChainMemberRow[];
  };
  'entity-mentions': { node: StoredNode; edges: (EdgeRow | { relationship: null })[] };
  'relations-out': {
    id: string;
    node: StoredNode;
    edges: { relationship: StoredRelationship; other: StoredNode }[];
  };
  'relations-in': {
    id: string;
    node: StoredNode;
    edges: { relationship: StoredRelationship; other: StoredNode; place: StoredNode | null }[];
  };
  'graph-version': { documents: string[]; nodes: number; relationships: number };
  floor: { one: number };
}

export type ReadQueryName = keyof QueryRows;
