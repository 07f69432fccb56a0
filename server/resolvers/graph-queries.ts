/**
 * Queries over the graph as such: documents, one entity, lists of entities, search, and the
 * graph-shaped answers the viewer draws (subgraph, neighbourhood, paths).
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { NodeLabel } from '../../model/labels.ts';
import { typedAsSimplified } from '../../model/script.ts';
import { entityId } from '../entity-reference.ts';
import { ERROR_CODES } from '../errors.ts';
import type { GraphStore } from '../graph-store.ts';
import { toGraph, toNode } from '../graph-values.ts';
import {
  checkedCount,
  MAX_GRAPH_NODES,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PAGE_SIZE,
  MAX_PATH_HOPS,
} from '../limits.ts';
import { luceneQuery } from '../lucene-query.ts';
import { decodeCursor, encodeCursor } from '../nodes-cursor.ts';
import type { RequestContext } from '../request-context.ts';
import { returnedProperties } from '../returned-properties.ts';
import { type GoalFilter, goalConditions } from './goal-filter.ts';

interface EntityFilter {
  name?: string | null;
  region?: string | null;
  industry?: string | null;
  role?: string | null;
  kind?: string | null;
  level?: string | null;
  document?: string | null;
  goal?: GoalFilter | null;
  project?: { status?: string | null } | null;
}

type Returned = ReturnType<typeof returnedProperties>;

export async function subgraph(store: GraphStore, ids: string[], returned: Returned) {
  const rows = await store.read('subgraph', { ids, ...returned });
  return toGraph(
    rows.map((row) => row.node),
    rows.flatMap((row) => row.edges),
  );
}

/** Neighbourhood as a breadth-first walk: one round trip per step (≤ 3), one for the drawing. */
async function neighborhood(
  store: GraphStore,
  id: string,
  args: { depth: number; labels?: NodeLabel[] | null; limit: number },
  returned: Returned,
) {
  const depth = checkedCount('depth', args.depth, MAX_NEIGHBORHOOD_DEPTH, 1);
  const limit = checkedCount('limit', args.limit, MAX_GRAPH_NODES, 1);
  const seen = [id];
  let frontier = [id];
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
    const found = rows.map((row) => row.id);
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room);
    seen.push(...frontier);
  }
  return { ...(await subgraph(store, seen, returned)), truncated };
}

export const graphQueries = {
  async documents(_parent: unknown, _args: unknown, { store }: RequestContext, info: GraphQLResolveInfo) {
    // One query returns each document with its issuer: no per-document round trip.
    const rows = await store.read('documents', { ...returnedProperties(info) });
    return rows.map((row) => ({ ...toNode(row.document), issuer: row.issuer ? toNode(row.issuer) : null }));
  },

  async node(_parent: unknown, args: { id: string }, { store }: RequestContext, info: GraphQLResolveInfo) {
    const [row] = await store.read('subgraph', { ids: [args.id], ...returnedProperties(info) });
    return row ? toNode(row.node) : null;
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
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
    const sortField = args.sort?.field ?? 'NAME';
    const descending = args.sort?.direction === 'DESC';
    const sort = `${args.label} ${sortField} ${descending ? 'DESC' : 'ASC'}`;
    const after = decodeCursor(args.after, sort, sortField === 'TARGET_YEAR' ? 'number' : 'string');
    const filter = args.filter ?? {};
    const [row] = await context.store.read('list-nodes', {
      label: args.label,
      name: filter.name || null,
      kind: filter.kind ?? null,
      level: filter.level ?? null,
      document: filter.document ?? null,
      ...goalConditions(filter.goal),
      // A project's status is matched as a goal's is: the same property.
      ...(filter.project?.status ? { status: filter.project.status } : {}),
      region: filter.region ? await entityId(context, filter.region, ['Region'], 'region') : null,
      industry: filter.industry ? await entityId(context, filter.industry, ['Industry'], 'industry') : null,
      role: filter.role ?? null,
      sortField,
      descending,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      first,
      ...returnedProperties(info),
    });
    const page = (row?.page ?? []).map(toNode);
    const last = page.at(-1);
    return {
      totalCount: row?.totalCount ?? 0,
      nodes: page,
      pageInfo: {
        hasNextPage: row?.hasNextPage === true,
        endCursor: last ? encodeCursor({ sort, key: row?.pageKeys.at(-1) ?? null, id: last.id }) : null,
      },
    };
  },

  async search(
    _parent: unknown,
    args: { text: string; labels?: NodeLabel[] | null; first: number },
    { store, names }: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const text = typedAsSimplified(args.text.trim());
    const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
    if (text.length === 0) return [];
    const linker = await names.linker();
    const rows = await store.read('search', {
      ranked: linker.search(text, args.labels ?? null, first).map((entity) => entity.id),
      lucene: luceneQuery(text),
      labels: args.labels ?? null,
      first,
      ...returnedProperties(info),
    });
    return rows.map((row) => toNode(row.node));
  },

  async subgraph(
    _parent: unknown,
    args: { ids: string[] },
    { store }: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    checkedCount('ids', args.ids.length, MAX_GRAPH_NODES);
    return { ...(await subgraph(store, [...new Set(args.ids)], returnedProperties(info))), truncated: false };
  },

  async neighborhood(
    _parent: unknown,
    args: { id: string; depth: number; labels?: NodeLabel[] | null; limit: number },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const id = await entityId(context, args.id, null, 'entity');
    return neighborhood(context.store, id, args, returnedProperties(info));
  },

  async path(
    _parent: unknown,
    args: { from: string; to: string; maxHops: number; avoidLabels?: NodeLabel[] | null },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const maxHops = checkedCount('maxHops', args.maxHops, MAX_PATH_HOPS, 1);
    const [from, to] = await Promise.all([
      entityId(context, args.from, null, 'entity (from)'),
      entityId(context, args.to, null, 'entity (to)'),
    ]);
    if (from === to) {
      throw new GraphQLError('from and to are the same entity; a path needs two.', {
        extensions: { code: ERROR_CODES.BAD_USER_INPUT },
      });
    }
    const [row] = await context.store.read('shortest-paths', {
      from,
      to,
      maxHops,
      avoidLabels: args.avoidLabels ?? [],
      ...returnedProperties(info),
    });
    return { ...toGraph(row?.nodes ?? [], row?.edges ?? []), truncated: false };
  },
};
