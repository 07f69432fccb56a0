/**
 * Aggregates for seeing the whole at a glance: what the graph holds, and who develops what
 * (regions × industries). The counting is done in Cypher (cypher/graph-counts.cypher,
 * development-matrix.cypher); the browser never pulls the graph.
 */
import { strongestRole } from '../../model/relationships.ts';
import { questionForms } from '../ask/question-forms.ts';
import { entityId } from '../entity-reference.ts';
import { checkedCount, MAX_MATRIX_INDUSTRIES, MAX_PAGE_SIZE } from '../limits.ts';
import type { RequestContext } from '../request-context.ts';

export const overviewQueries = {
  async neighbourCounts(_parent: unknown, args: { id: string }, context: RequestContext) {
    const id = await entityId(context, args.id, null, 'entity');
    return context.store.read('neighbour-counts', { id });
  },

  async graphSummary(_parent: unknown, _args: unknown, context: RequestContext) {
    const rows = await context.store.read('graph-counts');
    const of = (element: 'node' | 'relationship') =>
      rows.filter((row) => row.element === element).map((row) => ({ kind: row.kind, count: row.count }));
    return {
      labels: of('node'),
      relationships: of('relationship'),
      exampleQuestions: questionForms().examples,
    };
  },

  async industryChain(_parent: unknown, args: { industry: string; first: number }, context: RequestContext) {
    const industry = await entityId(context, args.industry, ['Industry'], 'industry');
    const first = checkedCount('first', args.first, MAX_PAGE_SIZE, 1);
    const rows = await context.store.read('industry-chain', { industry, first });
    const members = (list: (typeof rows)[number]['parks']) =>
      list.map(({ roles, ...member }) => ({ ...member, role: strongestRole(roles) }));
    return rows.map((row) => ({
      ...row,
      parks: members(row.parks),
      regions: members(row.regions),
      projects: members(row.projects),
    }));
  },

  async developmentMatrix(
    _parent: unknown,
    args: { region?: string | null; industry?: string | null; industries: number },
    context: RequestContext,
  ) {
    const region = args.region ? await entityId(context, args.region, ['Region'], 'region') : null;
    const industry = args.industry ? await entityId(context, args.industry, ['Industry'], 'industry') : null;
    const first = checkedCount('industries', args.industries, MAX_MATRIX_INDUSTRIES, 1);
    const [matrix] = await context.store.read('development-matrix', { region, industry, first });
    const cells = (matrix?.cells ?? []).map((cell) => ({
      regionId: cell.regionId,
      industryId: cell.industryId,
      throughPlans: cell.throughPlans,
      throughParks: cell.throughParks,
      strongestRole: strongestRole(cell.roles),
      documents: [...new Set(cell.files)].sort(),
    }));
    const ids = [...new Set(cells.map((cell) => cell.regionId))];
    const regions = ids.length > 0 ? await context.store.read('matrix-regions', { ids, region }) : [];
    return { regions, industries: matrix?.industries ?? [], cells };
  },
};
