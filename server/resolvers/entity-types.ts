/**
 * Resolvers of the entity and relationship types, derived from the model: every relationship
 * field of every label (Park.industries, Region.parks…), the two named ends of every
 * relationship type (Hosts.park, Hosts.industry), and the interfaces' type resolution.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { labelProperties, NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import {
  RELATIONSHIP_PAIRS,
  type RelationshipField,
  relationshipFields,
  relationshipPair,
  relationshipProperties,
} from '../../model/relationships.ts';
import { evidenceSelection } from '../evidence-selection.ts';
import type { EdgeValue, NodeValue } from '../graph-values.ts';
import { checkedCount, MAX_PAGE_SIZE } from '../limits.ts';
import type { RequestContext } from '../request-context.ts';

type Scalar = string | number | boolean;

export interface RelationshipFieldArguments {
  first: number;
  document?: string | null;
  filter?: Record<string, Scalar | null | undefined> | null;
  includeSubregions?: boolean;
  /** The relationship's filterable properties (HOSTS role…). */
  [property: string]: unknown;
}

/** The resolver of one relationship field of one label: a batched load of its relationships. */
export function relationshipResolver(label: NodeLabel, field: RelationshipField) {
  const { pair, direction } = field;
  const far = direction === 'out' ? pair.target : pair.source;
  const edgeFilters = relationshipProperties(pair.type).filter(([, spec]) => spec.filter);
  const nodeFilters = labelProperties(far).filter(([, spec]) => spec.filter);
  return (
    parent: NodeValue,
    args: RelationshipFieldArguments,
    { relationships }: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<EdgeValue[]> => {
    const edgeWhere: Record<string, Scalar> = {};
    for (const [name] of edgeFilters) {
      const value = args[name];
      if (value !== null && value !== undefined) edgeWhere[name] = value as Scalar;
    }
    const nodeWhere: Record<string, Scalar> = {};
    const nodeContains: Record<string, string> = {};
    for (const [name, spec] of nodeFilters) {
      const value = args.filter?.[name];
      if (value === null || value === undefined) continue;
      if (spec.filter === 'contains') nodeContains[name] = String(value);
      else nodeWhere[name] = value;
    }
    return relationships.load(
      {
        pair,
        direction,
        label,
        first: checkedCount('first', args.first, MAX_PAGE_SIZE),
        document: args.document ?? null,
        edgeWhere,
        nodeWhere,
        nodeContains,
        within: args.includeSubregions ?? false,
        ...evidenceSelection(info),
      },
      parent.id,
    );
  };
}

/** The first relationship of a field, as a single-valued shortcut (Document.issuer, Region.parent). */
function firstAtOtherEnd(label: NodeLabel, fieldName: string) {
  const field = relationshipFields(label).find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`${label} has no relationship field ${fieldName}`);
  const resolve = relationshipResolver(label, field);
  return async (parent: NodeValue, _args: unknown, context: RequestContext, info: GraphQLResolveInfo) => {
    const [edge] = await resolve(parent, { first: 1 }, context, info);
    return (field.direction === 'out' ? edge?.targetNode : edge?.sourceNode) ?? null;
  };
}

function labelResolvers(label: NodeLabel) {
  return Object.fromEntries(
    relationshipFields(label).map((field) => [field.name, relationshipResolver(label, field)]),
  );
}

/** Resolvers of each relationship type's two named ends (Hosts.park, Hosts.industry, …). */
function pairResolvers() {
  return Object.fromEntries(
    RELATIONSHIP_PAIRS.map((pair) => [
      pair.graphqlType,
      {
        [pair.sourceField]: (edge: EdgeValue) => edge.sourceNode,
        [pair.targetField]: (edge: EdgeValue) => edge.targetNode,
      },
    ]),
  );
}

export function entityTypeResolvers() {
  const byLabel = Object.fromEntries(NODE_LABELS.map((label) => [label, labelResolvers(label)])) as Record<
    NodeLabel,
    Record<string, unknown>
  >;
  return {
    Node: { __resolveType: (node: NodeValue) => node.label },
    Relationship: {
      __resolveType: (edge: EdgeValue) => relationshipPair(edge.type, edge.sourceNode.label)?.graphqlType,
    },
    ...byLabel,
    Document: {
      ...byLabel.Document,
      title: (document: NodeValue) => document.title ?? document.name,
      // documents() gives each document with its issuer; elsewhere the issuer is loaded.
      issuer: (
        document: NodeValue & { issuer?: NodeValue | null },
        args: unknown,
        context: RequestContext,
        info: GraphQLResolveInfo,
      ) =>
        document.issuer !== undefined
          ? document.issuer
          : firstAtOtherEnd('Document', 'issuedBy')(document, args, context, info),
    },
    Region: { ...byLabel.Region, parent: firstAtOtherEnd('Region', 'partOf') },
    ...pairResolvers(),
  };
}
