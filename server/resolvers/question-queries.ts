/**
 * The relationship questions: which parks host an industry, what a region develops, what
 * regions share, projects and goals of an entity, where the plans mention it. Each resolves the
 * entities it is asked about from memory (see EntityNames) and asks Neo4j once.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { entityId } from '../entity-reference.ts';
import { type EdgeValue, edgeFromRow, type NodeValue, toEdge, toNode } from '../graph-values.ts';
import { checkedCount, MAX_PAGE_SIZE } from '../limits.ts';
import type { EdgeRow, QueryRows, WayRow } from '../query-rows.ts';
import type { RequestContext } from '../request-context.ts';
import { ALL_PROPERTIES, returnedProperties } from '../returned-properties.ts';
import { type GoalFilter, goalConditions } from './goal-filter.ts';

/** How a region develops an industry; a way without a source starts at the region itself. */
function regionIndustry(region: NodeValue, industry: NodeValue, ways: WayRow[]) {
  const edges = ways.map((way) => ({
    way: way.way,
    edge: toEdge(way.relationship, way.source ? toNode(way.source) : region, industry),
  }));
  return {
    region,
    industry,
    throughPlans: edges.filter((e) => e.way === 'plan').map((e) => e.edge),
    throughParks: edges.filter((e) => e.way === 'park').map((e) => e.edge),
  };
}
type RegionIndustry = ReturnType<typeof regionIndustry>;

// Converters of whole answers: module-level, so GraphStore.convertOnce can key on them.
function regionIndustries(rows: QueryRows['region-industries'][]): RegionIndustry[] {
  return rows.flatMap((row) => {
    const region = toNode(row.region);
    return row.industries.map((entry) => regionIndustry(region, toNode(entry.industry), entry.ways));
  });
}

function nodesOf(rows: { node: QueryRows['search']['node'] }[]): NodeValue[] {
  return rows.map((row) => toNode(row.node));
}

function edgesOf(rows: EdgeRow[]): EdgeValue[] {
  return rows.map((row) => edgeFromRow(row));
}

function byMention(x: { evidence: { document: string; line: number; quote: string } }, y: typeof x): number {
  return (
    x.evidence.document.localeCompare(y.evidence.document) ||
    x.evidence.line - y.evidence.line ||
    x.evidence.quote.localeCompare(y.evidence.quote)
  );
}

export const questionQueries = {
  async parksHostingIndustry(
    _parent: unknown,
    args: { industry: string; role?: string | null; document?: string | null; includeNarrower: boolean },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const industry = await entityId(context, args.industry, ['Industry'], 'industry');
    const rows = await context.store.read('parks-hosting-industry', {
      industry,
      role: args.role ?? null,
      document: args.document ?? null,
      includeNarrower: args.includeNarrower,
      ...returnedProperties(info),
    });
    return args.document
      ? rows.map((row) => edgeFromRow(row, args.document))
      : context.store.convertOnce(rows, edgesOf);
  },

  async regionIndustries(
    _parent: unknown,
    args: { region: string; first: number },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const region = await entityId(context, args.region, ['Region'], 'region');
    const rows = await context.store.read('region-industries', {
      regions: [region],
      first: checkedCount('first', args.first, MAX_PAGE_SIZE),
      ...returnedProperties(info),
    });
    return context.store.convertOnce(rows, regionIndustries);
  },

  async sharedIndustries(
    _parent: unknown,
    args: { industry?: string | null; minRegions: number },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const industry = args.industry ? await entityId(context, args.industry, ['Industry'], 'industry') : null;
    const rows = await context.store.read('shared-industries', {
      industry,
      minRegions: checkedCount('minRegions', args.minRegions, 1_000, 1),
      ...returnedProperties(info),
    });
    return rows.map((row) => {
      const industryNode = toNode(row.industry);
      return {
        industry: industryNode,
        regions: row.regions.map((entry) => regionIndustry(toNode(entry.region), industryNode, entry.ways)),
      };
    });
  },

  async projectsOf(
    _parent: unknown,
    args: { entity: string; first: number; after?: string | null },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const entity = await entityId(
      context,
      args.entity,
      ['Park', 'Region', 'Industry'],
      'park, region or industry',
    );
    const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
    const rows = await context.store.read('projects-of', {
      entity,
      first,
      after: args.after ?? null,
      ...returnedProperties(info),
    });
    return context.store.convertOnce(rows, nodesOf);
  },

  async regionGoals(
    _parent: unknown,
    args: { region: string; filter?: GoalFilter | null; includeSubregions: boolean; first: number },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const region = await entityId(context, args.region, ['Region'], 'region');
    const rows = await context.store.read('region-goals', {
      region,
      includeSubregions: args.includeSubregions,
      ...goalConditions(args.filter),
      withValue: false,
      first: checkedCount('first', args.first, MAX_PAGE_SIZE),
      ...returnedProperties(info),
    });
    return context.store.convertOnce(rows, nodesOf);
  },

  async goalChart(
    _parent: unknown,
    args: { region: string; targetYear?: number | null },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const region = await entityId(context, args.region, ['Region'], 'region');
    const years = await context.store.read('goal-years', { region });
    // Without a year asked for: the year with the most goals to draw, the later one on a tie.
    const targetYear =
      args.targetYear ??
      years.reduce<(typeof years)[number] | null>(
        (best, y) => (!best || y.count >= best.count ? y : best),
        null,
      )?.year ??
      null;
    if (targetYear === null) return { years, targetYear, goals: [] };
    const rows = await context.store.read('region-goals', {
      region,
      includeSubregions: false,
      ...goalConditions({ targetYear }),
      withValue: true,
      first: MAX_PAGE_SIZE,
      ...returnedProperties(info),
    });
    return { years, targetYear, goals: context.store.convertOnce(rows, nodesOf) };
  },

  async commonGround(
    _parent: unknown,
    args: { a: string; b: string },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const [a, b] = await Promise.all([
      entityId(context, args.a, ['Region'], 'region'),
      entityId(context, args.b, ['Region'], 'region'),
    ]);
    const returned = returnedProperties(info);
    const [industryRows, [ground]] = await Promise.all([
      context.store.read('region-industries', { regions: [a, b], first: null, ...returned }),
      context.store.read('common-ground', { a, b, ...returned }),
    ]);
    const byIndustry = new Map<string, RegionIndustry[]>();
    for (const entry of regionIndustries(industryRows)) {
      byIndustry.set(entry.industry.id, [...(byIndustry.get(entry.industry.id) ?? []), entry]);
    }
    const shared = [...byIndustry.values()].filter(
      (entries) => new Set(entries.map((e) => e.region.id)).size === 2,
    );
    return {
      regions: ground ? [toNode(ground.a), toNode(ground.b)] : [],
      industries: shared.map((entries) => ({ industry: entries[0]?.industry, regions: entries })),
      indicators: [...(ground?.indicators ?? [])].sort(),
      commonParent: ground?.commonParent ? toNode(ground.commonParent) : null,
    };
  },

  async mentions(
    _parent: unknown,
    args: { entity: string; document?: string | null; first: number },
    context: RequestContext,
  ) {
    const id = await entityId(context, args.entity, null, 'entity');
    const first = checkedCount('first', args.first, MAX_PAGE_SIZE);
    const [row] = await context.store.read('entity-mentions', { entity: id, ...ALL_PROPERTIES });
    if (!row) return [];
    const node = toNode(row.node);
    const mentions = [
      ...node.evidence.map((evidence) => ({ evidence, relationship: null as EdgeValue | null })),
      ...row.edges
        .flatMap((edge) => (edge.relationship === null ? [] : [edgeFromRow(edge)]))
        .flatMap((edge) => edge.evidence.map((evidence) => ({ evidence, relationship: edge }))),
    ];
    return mentions
      .filter((mention) => !args.document || mention.evidence.document === args.document)
      .sort(byMention)
      .slice(0, first);
  },
};
