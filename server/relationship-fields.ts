import type { NodeLabel, RelationshipType } from '../model/graph.ts';

/**
 * How the model's relationships appear in GraphQL, as data: one GraphQL type per relationship
 * type and pair of labels, naming its two ends, and on each node type the fields that follow
 * them out of or into that node. Resolvers, the Relationship interface's type resolution and
 * the schema test all read this table, so a relationship added to the model and not here is
 * caught by a test rather than silently missing from the API.
 */
export interface EdgeTypeSpec {
  type: RelationshipType;
  source: NodeLabel;
  target: NodeLabel;
  /** GraphQL field names of the source and the target end. */
  ends: readonly [string, string];
}

export const EDGE_TYPES = {
  IssuedBy: { type: 'ISSUED_BY', source: 'Document', target: 'Region', ends: ['document', 'region'] },
  RegionPartOf: { type: 'PART_OF', source: 'Region', target: 'Region', ends: ['region', 'parent'] },
  IndustryPartOf: { type: 'PART_OF', source: 'Industry', target: 'Industry', ends: ['industry', 'parent'] },
  ParkLocatedIn: { type: 'LOCATED_IN', source: 'Park', target: 'Region', ends: ['park', 'region'] },
  ProjectLocatedIn: { type: 'LOCATED_IN', source: 'Project', target: 'Region', ends: ['project', 'region'] },
  Hosts: { type: 'HOSTS', source: 'Park', target: 'Industry', ends: ['park', 'industry'] },
  Prioritizes: { type: 'PRIORITIZES', source: 'Region', target: 'Industry', ends: ['region', 'industry'] },
  InPark: { type: 'IN_PARK', source: 'Project', target: 'Park', ends: ['project', 'park'] },
  InIndustry: { type: 'IN_INDUSTRY', source: 'Project', target: 'Industry', ends: ['project', 'industry'] },
  Sets: { type: 'SETS', source: 'Document', target: 'Goal', ends: ['document', 'goal'] },
  ForRegion: { type: 'FOR_REGION', source: 'Goal', target: 'Region', ends: ['goal', 'region'] },
  Concerns: { type: 'CONCERNS', source: 'Goal', target: 'Industry', ends: ['goal', 'industry'] },
} as const satisfies Record<string, EdgeTypeSpec>;
export type EdgeTypeName = keyof typeof EDGE_TYPES;

/** The GraphQL type of a relationship, from its type and the label of its source. */
export function edgeTypeName(type: RelationshipType, sourceLabel: string): EdgeTypeName | undefined {
  return (Object.keys(EDGE_TYPES) as EdgeTypeName[]).find(
    (name) => EDGE_TYPES[name].type === type && EDGE_TYPES[name].source === sourceLabel,
  );
}

export type Direction = 'out' | 'in';

export interface RelationshipFieldSpec {
  edgeType: EdgeTypeName;
  /** out: the node is the relationship's source; in: its target. */
  direction: Direction;
}

const out = (edgeType: EdgeTypeName): RelationshipFieldSpec => ({ edgeType, direction: 'out' });
const into = (edgeType: EdgeTypeName): RelationshipFieldSpec => ({ edgeType, direction: 'in' });

/** Per node type, its relationship fields. */
export const RELATIONSHIP_FIELDS: Record<NodeLabel, Record<string, RelationshipFieldSpec>> = {
  Document: { issuedBy: out('IssuedBy'), goals: out('Sets') },
  Region: {
    partOf: out('RegionPartOf'),
    subregions: into('RegionPartOf'),
    parks: into('ParkLocatedIn'),
    projects: into('ProjectLocatedIn'),
    goals: into('ForRegion'),
    priorities: out('Prioritizes'),
    documents: into('IssuedBy'),
  },
  Park: { locatedIn: out('ParkLocatedIn'), industries: out('Hosts'), projects: into('InPark') },
  Industry: {
    parks: into('Hosts'),
    partOf: out('IndustryPartOf'),
    subindustries: into('IndustryPartOf'),
    prioritizedBy: into('Prioritizes'),
    projects: into('InIndustry'),
    goals: into('Concerns'),
  },
  Project: { locatedIn: out('ProjectLocatedIn'), parks: out('InPark'), industries: out('InIndustry') },
  Goal: { setBy: into('Sets'), regions: out('ForRegion'), industries: out('Concerns') },
};
