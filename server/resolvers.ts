import { GraphQLError } from 'graphql';
import type { NodeLabel } from '../model/graph.ts';
import { ERROR_CODES } from './errors.ts';
import type { GraphStore } from './graph-store.ts';
import {
  type EdgeValue,
  edgeFromRow,
  type NodeValue,
  type StoredMap,
  toEdge,
  toGraph,
  toNode,
} from './graph-values.ts';
import {
  checkedCount,
  MAX_GRAPH_NODES,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PAGE_SIZE,
  MAX_PATH_HOPS,
} from './limits.ts';
import { EDGE_TYPES, type EdgeTypeName, edgeTypeName, RELATIONSHIP_FIELDS } from './relationship-fields.ts';
import { RelationshipLoader, type RelationshipRequest } from './relationship-loader.ts';
import { luceneQuery } from './search-text.ts';

export interface RequestContext {
  store: GraphStore;
  relationships: RelationshipLoader;
}

export function requestContext(store: GraphStore): RequestContext {
  return { store, relationships: new RelationshipLoader(store) };
}

interface GoalFilter {
  attribute?: string | null;
  status?: string | null;
  targetYear?: number | null;
  indicator?: string | null;
}

interface EntityFilter {
  name?: string | null;
  region?: string | null;
  industry?: string | null;
  role?: string | null;
  kind?: string | null;
  level?: string | null;
  document?: string | null;
  goal?: GoalFilter | null;
}

/** Finds the entity a user names (id, name or alias), or refuses with NOT_FOUND. */
async function entityId(store: GraphStore, ref: string, labels: NodeLabel[] | null, what: string) {
  if (ref.trim() === '') {
    throw new GraphQLError(`Name the ${what}: an id, a name or an alias.`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: what },
    });
  }
  const [row] = await store.read('resolve-entity', { ref, labels, lucene: luceneQuery(ref) });
  if (!row) {
    throw new GraphQLError(`No ${what} has the id, name or alias “${ref}”; search(text:) finds candidates.`, {
      extensions: { code: ERROR_CODES.NOT_FOUND, argument: what },
    });
  }
  return String(row.id);
}

function notFound(id: string): GraphQLError {
  return new GraphQLError(`No entity has the id “${id}”.`, { extensions: { code: ERROR_CODES.NOT_FOUND } });
}

/**
 * Where a page of `nodes` ended: the sort it was made for, and the sort value and id of its
 * last entity. Opaque to clients (base64url JSON). A place in the order rather than a count:
 * when an ingest adds or removes entities between two pages, the next page still begins right
 * after the last entity seen (see cypher/list-nodes.cypher).
 */
interface NodesCursor {
  /** What the cursor's place is a place in: the label and the sort (`Park NAME ASC`). */
  sort: string;
  key: string | number | null;
  id: string;
}

function encodeCursor(cursor: NodesCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** `keyType`: the type of the sort field's values (a year is a number, a name or an id a string). */
function decodeCursor(
  cursor: string | null | undefined,
  sort: string,
  keyType: 'string' | 'number',
): NodesCursor | null {
  if (!cursor) return null;
  const refuse = (why: string) =>
    new GraphQLError(`after: ${why} (use pageInfo.endCursor of the page before, with the same sort).`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'after' },
    });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw refuse('this is not a cursor this API gave out');
  }
  const { sort: cursorSort, key, id } = (decoded ?? {}) as Partial<NodesCursor>;
  if (typeof cursorSort !== 'string' || typeof id !== 'string' || (key != null && typeof key !== keyType)) {
    throw refuse('this is not a cursor this API gave out');
  }
  if (cursorSort !== sort) throw refuse(`this cursor was given out for ${cursorSort}, not ${sort}`);
  return { sort, key: key ?? null, id };
}

function goalConditions(filter: GoalFilter | null | undefined) {
  return {
    attribute: filter?.attribute ?? null,
    status: filter?.status ?? null,
    targetYear: filter?.targetYear ?? null,
    indicator: filter?.indicator ?? null,
  };
}

/** The resolver of one relationship field of one node type, from the table. */
function relationshipResolver(label: NodeLabel, edgeType: EdgeTypeName, direction: 'out' | 'in') {
  return (
    parent: NodeValue,
    args: {
      first: number;
      document?: string | null;
      role?: string | null;
      filter?: GoalFilter | null;
      includeSubregions?: boolean;
    },
    { relationships }: RequestContext,
  ): Promise<EdgeValue[]> => {
    const goal = goalConditions(args.filter);
    const nodeWhere: Record<string, string | number> = {};
    if (goal.attribute !== null) nodeWhere.attribute = goal.attribute;
    if (goal.status !== null) nodeWhere.status = goal.status;
    if (goal.targetYear !== null) nodeWhere.targetYear = goal.targetYear;
    const request: RelationshipRequest = {
      edgeType,
      direction,
      label,
      first: checkedCount('first', args.first, MAX_PAGE_SIZE),
      document: args.document ?? null,
      edgeWhere: args.role ? { role: args.role } : {},
      nodeWhere,
      indicator: goal.indicator,
      within: args.includeSubregions ?? false,
    };
    return relationships.load(request, parent.id);
  };
}

function nodeTypeResolvers(label: NodeLabel) {
  return Object.fromEntries(
    Object.entries(RELATIONSHIP_FIELDS[label]).map(([field, spec]) => [
      field,
      relationshipResolver(label, spec.edgeType, spec.direction),
    ]),
  );
}

/** Resolvers of each relationship type's two named ends (Hosts.park, Hosts.industry, …). */
function edgeTypeResolvers() {
  return Object.fromEntries(
    (Object.keys(EDGE_TYPES) as EdgeTypeName[]).map((name) => {
      const [sourceField, targetField] = EDGE_TYPES[name].ends;
      return [
        name,
        {
          [sourceField]: (edge: EdgeValue) => edge.source,
          [targetField]: (edge: EdgeValue) => edge.target,
        },
      ];
    }),
  );
}

/** Neighbourhood as a breadth-first walk: one round trip per step (≤ 3), one for the drawing. */
async function neighborhood(
  store: GraphStore,
  args: { id: string; depth: number; labels?: NodeLabel[] | null; limit: number },
) {
  const depth = checkedCount('depth', args.depth, MAX_NEIGHBORHOOD_DEPTH, 1);
  const limit = checkedCount('limit', args.limit, MAX_GRAPH_NODES, 1);
  const seen = [args.id];
  let frontier = [args.id];
  let truncated = false;
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const room = limit - seen.length;
    if (room <= 0) break;
    const rows = await store.read('neighbours', {
      ids: frontier,
      seen,
      labels: args.labels ?? null,
      limit: room + 1,
    });
    const found = rows.map((row) => String(row.id));
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room);
    seen.push(...frontier);
  }
  const graph = await subgraph(store, seen);
  if (!graph.nodes.some((node) => node.id === args.id)) throw notFound(args.id);
  return { ...graph, truncated };
}

async function subgraph(store: GraphStore, ids: string[]) {
  const rows = await store.read('subgraph', { ids });
  return toGraph(
    rows.map((row) => row.node as StoredMap),
    rows.flatMap((row) => row.edges as StoredMap[]),
  );
}

/** RegionIndustry values from rows of region-industries.cypher: {region, industries: [{industry, ways}]}. */
/** Rows of the form `{node}`, as several named queries return them. */
function nodesFromRows(rows: StoredMap[]): NodeValue[] {
  return rows.map((row) => toNode(row.node as StoredMap));
}

/** Rows of the form `{relationship, source, target}`, with all their evidence. */
function edgesFromRows(rows: StoredMap[]): EdgeValue[] {
  return rows.map((row) => edgeFromRow(row));
}

function regionIndustries(rows: StoredMap[]) {
  return rows.flatMap((row) => {
    const region = toNode(row.region as StoredMap);
    return (row.industries as StoredMap[]).map((entry) =>
      regionIndustry(region, toNode(entry.industry as StoredMap), entry.ways),
    );
  });
}

/** How a region develops an industry; a way without a source starts at the region itself. */
function regionIndustry(region: NodeValue, industry: NodeValue, ways: unknown) {
  const edges = (ways as StoredMap[]).map((way) => ({
    way: way.way,
    edge: toEdge(
      way.relationship as StoredMap,
      way.source ? toNode(way.source as StoredMap) : region,
      industry,
    ),
  }));
  return {
    region,
    industry,
    throughPlans: edges.filter((e) => e.way === 'plan').map((e) => e.edge),
    throughParks: edges.filter((e) => e.way === 'park').map((e) => e.edge),
  };
}

export const resolvers = {
  Query: {
    async documents(_parent: unknown, _args: unknown, { store }: RequestContext) {
      // One query returns each document with its issuer: no per-document round trip.
      const rows = await store.read('documents');
      return rows.map((row) => ({
        ...toNode(row.document as StoredMap),
        issuer: row.issuer ? toNode(row.issuer as StoredMap) : null,
      }));
    },

    async node(_parent: unknown, args: { id: string }, { store }: RequestContext) {
      const [row] = await store.read('subgraph', { ids: [args.id] });
      return row ? toNode(row.node as StoredMap) : null;
    },

    async nodes(
      _parent: unknown,
      args: {
        label: NodeLabel;
        filter?: EntityFilter | null;
        sort?: { field: string; direction: string } | null;
        first: number;
        after?: string | null;
      },
      { store }: RequestContext,
    ) {
      const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
      const sortField = args.sort?.field ?? 'NAME';
      const descending = args.sort?.direction === 'DESC';
      const sort = `${args.label} ${sortField} ${descending ? 'DESC' : 'ASC'}`;
      const after = decodeCursor(args.after, sort, sortField === 'TARGET_YEAR' ? 'number' : 'string');
      const filter = args.filter ?? {};
      const [row] = await store.read('list-nodes', {
        label: args.label,
        name: filter.name || null,
        kind: filter.kind ?? null,
        level: filter.level ?? null,
        document: filter.document ?? null,
        ...goalConditions(filter.goal),
        region: filter.region ? await entityId(store, filter.region, ['Region'], 'region') : null,
        industry: filter.industry ? await entityId(store, filter.industry, ['Industry'], 'industry') : null,
        role: filter.role ?? null,
        sortField,
        descending,
        afterKey: after?.key ?? null,
        afterId: after?.id ?? null,
        first,
      });
      const page = ((row?.page as StoredMap[] | undefined) ?? []).map(toNode);
      const pageKeys = (row?.pageKeys as (string | number | null)[] | undefined) ?? [];
      const last = page.at(-1);
      return {
        totalCount: Number(row?.totalCount ?? 0),
        nodes: page,
        pageInfo: {
          hasNextPage: row?.hasNextPage === true,
          endCursor: last ? encodeCursor({ sort, key: pageKeys.at(-1) ?? null, id: last.id }) : null,
        },
      };
    },

    async search(
      _parent: unknown,
      args: { text: string; labels?: NodeLabel[] | null; first: number },
      { store }: RequestContext,
    ) {
      const text = args.text.trim();
      const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
      if (text.length === 0) return [];
      const rows = await store.read('search', {
        text,
        lucene: luceneQuery(text),
        labels: args.labels ?? null,
        first,
      });
      return rows.map((row) => toNode(row.node as StoredMap));
    },

    async subgraph(_parent: unknown, args: { ids: string[] }, { store }: RequestContext) {
      checkedCount('ids', args.ids.length, MAX_GRAPH_NODES);
      return { ...(await subgraph(store, [...new Set(args.ids)])), truncated: false };
    },

    neighborhood(
      _parent: unknown,
      args: { id: string; depth: number; labels?: NodeLabel[] | null; limit: number },
      { store }: RequestContext,
    ) {
      return neighborhood(store, args);
    },

    async path(
      _parent: unknown,
      args: { from: string; to: string; maxHops: number; avoidLabels?: NodeLabel[] | null },
      { store }: RequestContext,
    ) {
      const maxHops = checkedCount('maxHops', args.maxHops, MAX_PATH_HOPS, 1);
      if (args.from === args.to) {
        throw new GraphQLError('from and to are the same entity; a path needs two.', {
          extensions: { code: ERROR_CODES.BAD_USER_INPUT },
        });
      }
      const [row] = await store.read('shortest-paths', {
        from: args.from,
        to: args.to,
        maxHops,
        avoidLabels: args.avoidLabels ?? [],
      });
      const graph = toGraph((row?.nodes as StoredMap[]) ?? [], (row?.edges as StoredMap[]) ?? []);
      return { ...graph, truncated: false };
    },

    async parksHostingIndustry(
      _parent: unknown,
      args: { industry: string; role?: string | null; document?: string | null; includeNarrower: boolean },
      { store }: RequestContext,
    ) {
      const industry = await entityId(store, args.industry, ['Industry'], 'industry');
      const rows = await store.read('parks-hosting-industry', {
        industry,
        role: args.role ?? null,
        document: args.document ?? null,
        includeNarrower: args.includeNarrower,
      });
      return args.document
        ? rows.map((row) => edgeFromRow(row, args.document))
        : store.convertOnce(rows, edgesFromRows);
    },

    async regionIndustries(_parent: unknown, args: { region: string }, { store }: RequestContext) {
      const region = await entityId(store, args.region, ['Region'], 'region');
      return store.convertOnce(
        await store.read('region-industries', { regions: [region] }),
        regionIndustries,
      );
    },

    async sharedIndustries(
      _parent: unknown,
      args: { industry?: string | null; minRegions: number },
      { store }: RequestContext,
    ) {
      const industry = args.industry ? await entityId(store, args.industry, ['Industry'], 'industry') : null;
      const rows = await store.read('shared-industries', {
        industry,
        minRegions: checkedCount('minRegions', args.minRegions, 1_000, 1),
      });
      return rows.map((row) => {
        const industryNode = toNode(row.industry as StoredMap);
        return {
          industry: industryNode,
          regions: (row.regions as StoredMap[]).map((entry) =>
            regionIndustry(toNode(entry.region as StoredMap), industryNode, entry.ways),
          ),
        };
      });
    },

    async projectsOf(_parent: unknown, args: { entity: string; first: number }, { store }: RequestContext) {
      const entity = await entityId(
        store,
        args.entity,
        ['Park', 'Region', 'Industry'],
        'park, region or industry',
      );
      const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
      return store.convertOnce(await store.read('projects-of', { entity, first }), nodesFromRows);
    },

    async regionGoals(
      _parent: unknown,
      args: { region: string; filter?: GoalFilter | null; includeSubregions: boolean; first: number },
      { store }: RequestContext,
    ) {
      const region = await entityId(store, args.region, ['Region'], 'region');
      const rows = await store.read('region-goals', {
        region,
        includeSubregions: args.includeSubregions,
        ...goalConditions(args.filter),
        first: checkedCount('first', args.first, MAX_PAGE_SIZE),
      });
      return store.convertOnce(rows, nodesFromRows);
    },

    async commonGround(_parent: unknown, args: { a: string; b: string }, { store }: RequestContext) {
      const a = await entityId(store, args.a, ['Region'], 'region');
      const b = await entityId(store, args.b, ['Region'], 'region');
      const [industryRows, [ground]] = await Promise.all([
        store.read('region-industries', { regions: [a, b] }),
        store.read('common-ground', { a, b }),
      ]);
      const byIndustry = new Map<string, ReturnType<typeof regionIndustry>[]>();
      for (const entry of regionIndustries(industryRows)) {
        byIndustry.set(entry.industry.id, [...(byIndustry.get(entry.industry.id) ?? []), entry]);
      }
      const shared = [...byIndustry.values()].filter(
        (entries) => new Set(entries.map((e) => e.region.id)).size === 2,
      );
      return {
        regions: [toNode(ground?.a as StoredMap), toNode(ground?.b as StoredMap)],
        industries: shared.map((entries) => ({ industry: entries[0]?.industry, regions: entries })),
        indicators: ((ground?.indicators as string[] | undefined) ?? []).sort(),
        commonParent: ground?.commonParent ? toNode(ground.commonParent as StoredMap) : null,
      };
    },

    async mentions(
      _parent: unknown,
      args: { entity: string; document?: string | null; first: number },
      { store }: RequestContext,
    ) {
      const id = await entityId(store, args.entity, null, 'entity');
      const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
      const [row] = await store.read('entity-mentions', { entity: id });
      if (!row) throw notFound(id);
      const node = toNode(row.node as StoredMap);
      const mentions = [
        ...node.evidence.map((evidence) => ({ evidence, relationship: null as EdgeValue | null })),
        ...(row.edges as StoredMap[])
          .filter((edge) => edge.relationship !== null)
          .map((edge) => edgeFromRow(edge))
          .flatMap((edge) => edge.evidence.map((evidence) => ({ evidence, relationship: edge }))),
      ];
      return mentions
        .filter((mention) => !args.document || mention.evidence.document === args.document)
        .sort(
          (x, y) =>
            x.evidence.document.localeCompare(y.evidence.document) ||
            x.evidence.line - y.evidence.line ||
            x.evidence.quote.localeCompare(y.evidence.quote),
        )
        .slice(0, first);
    },
  },

  Node: {
    __resolveType: (node: NodeValue) => node.label,
  },
  Relationship: {
    __resolveType: (edge: EdgeValue) => edgeTypeName(edge.type, edge.source.label),
  },

  Document: {
    ...nodeTypeResolvers('Document'),
    title: (document: NodeValue) => document.title ?? document.name,
    async issuer(
      document: NodeValue & { issuer?: NodeValue | null },
      _args: unknown,
      context: RequestContext,
    ) {
      if (document.issuer !== undefined) return document.issuer;
      const [edge] = await relationshipResolver('Document', 'IssuedBy', 'out')(
        document,
        { first: 1 },
        context,
      );
      return edge?.target ?? null;
    },
  },
  Region: {
    ...nodeTypeResolvers('Region'),
    async parent(region: NodeValue, _args: unknown, context: RequestContext) {
      const [edge] = await relationshipResolver('Region', 'RegionPartOf', 'out')(
        region,
        { first: 1 },
        context,
      );
      return edge?.target ?? null;
    },
  },
  Park: nodeTypeResolvers('Park'),
  Industry: nodeTypeResolvers('Industry'),
  Project: nodeTypeResolvers('Project'),
  Goal: nodeTypeResolvers('Goal'),
  ...edgeTypeResolvers(),
};
