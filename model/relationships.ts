/**
 * Relationship types, defined once: the labels each connects and how GraphQL names them.
 * A relationship type may connect more than one pair of labels (PART_OF: region in region,
 * industry in industry); each pair is one GraphQL type naming both of its ends, reached from
 * the source by `outField` and from the target by `inField`.
 */
import type { NodeLabel, PropertySpec } from './labels.ts';

export interface RelationshipEnds {
  source: NodeLabel;
  target: NodeLabel;
  /** The GraphQL type of this pair (`Hosts`, `RegionPartOf`). */
  graphqlType: string;
  /** GraphQL field names of the source and the target end on that type. */
  sourceField: string;
  targetField: string;
  /** The field on the source that follows it out, and on the target that follows it in. */
  outField: string;
  inField: string;
  /** Said in the schema on the two fields. */
  outDescription?: string;
  inDescription?: string;
  /**
   * The inField may also reach relationships ending at regions below the target region
   * (`Region.parks(includeSubregions: true)`).
   */
  inReachesSubregions?: boolean;
}

export interface RelationshipSpec {
  /** Chinese and English name, as the viewer's legend shows it. */
  caption: string;
  /** What the viewer draws on the edge. */
  verb: string;
  pairs: readonly RelationshipEnds[];
  /** Properties of the relationship itself. */
  properties: Record<string, PropertySpec>;
}

export const RELATIONSHIPS = {
  ISSUED_BY: {
    caption: '发布 ISSUED_BY',
    verb: '发布机关',
    pairs: [
      {
        source: 'Document',
        target: 'Region',
        graphqlType: 'IssuedBy',
        sourceField: 'document',
        targetField: 'region',
        outField: 'issuedBy',
        inField: 'documents',
        inDescription: 'Documents the region issued.',
      },
    ],
    properties: {},
  },
  PART_OF: {
    caption: '隶属 PART_OF',
    verb: '隶属',
    pairs: [
      {
        source: 'Region',
        target: 'Region',
        graphqlType: 'RegionPartOf',
        sourceField: 'region',
        targetField: 'parent',
        outField: 'partOf',
        inField: 'subregions',
      },
      {
        source: 'Industry',
        target: 'Industry',
        graphqlType: 'IndustryPartOf',
        sourceField: 'industry',
        targetField: 'parent',
        outField: 'partOf',
        inField: 'subindustries',
        outDescription: 'The broader industry this one belongs to.',
        inDescription: 'Narrower industries that belong to it.',
      },
      {
        source: 'Park',
        target: 'Park',
        graphqlType: 'ParkPartOf',
        sourceField: 'park',
        targetField: 'parent',
        outField: 'partOf',
        inField: 'parts',
        outDescription:
          'The park this one lies within: the zone whose name its own opens with (…高新区 of …高新区电子信息产业园).',
        inDescription: 'Parks within this one: its industrial parks, zones and 片区.',
      },
    ],
    properties: {
      source: {
        type: 'String',
        caption: '来源',
        description: 'The classification the hierarchy is taken from.',
      },
    },
  },
  LOCATED_IN: {
    caption: '位于 LOCATED_IN',
    verb: '位于',
    pairs: [
      {
        source: 'Park',
        target: 'Region',
        graphqlType: 'ParkLocatedIn',
        sourceField: 'park',
        targetField: 'region',
        outField: 'locatedIn',
        inField: 'parks',
        inReachesSubregions: true,
        inDescription: 'Parks located in the region (with includeSubregions, also in every region below it).',
      },
      {
        source: 'Project',
        target: 'Region',
        graphqlType: 'ProjectLocatedIn',
        sourceField: 'project',
        targetField: 'region',
        outField: 'locatedIn',
        inField: 'projects',
        inReachesSubregions: true,
      },
    ],
    properties: {},
  },
  HOSTS: {
    caption: '园区产业 HOSTS',
    verb: '产业',
    pairs: [
      {
        source: 'Park',
        target: 'Industry',
        graphqlType: 'Hosts',
        sourceField: 'park',
        targetField: 'industry',
        outField: 'industries',
        inField: 'parks',
        outDescription: 'Industries the park hosts, with their role (主导产业, 特色产业…).',
      },
    ],
    properties: {
      role: {
        type: 'String',
        caption: '角色 role',
        filter: 'exact',
        description: '主导产业, 特色产业, 重点产业…: how the document ranks the industry in the park.',
      },
      zone: {
        type: 'String',
        caption: '片区 zone',
        description: 'The part of the park the industry is placed in, when the document says.',
      },
    },
  },
  PRIORITIZES: {
    caption: '重点发展 PRIORITIZES',
    verb: '发展',
    pairs: [
      {
        source: 'Region',
        target: 'Industry',
        graphqlType: 'Prioritizes',
        sourceField: 'region',
        targetField: 'industry',
        outField: 'priorities',
        inField: 'prioritizedBy',
        outDescription: "Industries the region's plans say it will develop.",
        inDescription: 'Regions whose plans prioritize it.',
      },
    ],
    properties: {
      cue: {
        type: 'String',
        caption: '用词 cue',
        description: 'The verb the plan uses (打造, 发展, 培育…).',
      },
    },
  },
  IN_PARK: {
    caption: '项目在园区 IN_PARK',
    verb: '在园区',
    pairs: [
      {
        source: 'Project',
        target: 'Park',
        graphqlType: 'InPark',
        sourceField: 'project',
        targetField: 'park',
        outField: 'parks',
        inField: 'projects',
      },
    ],
    properties: {},
  },
  IN_INDUSTRY: {
    caption: '项目产业 IN_INDUSTRY',
    verb: '属产业',
    pairs: [
      {
        source: 'Project',
        target: 'Industry',
        graphqlType: 'InIndustry',
        sourceField: 'project',
        targetField: 'industry',
        outField: 'industries',
        inField: 'projects',
      },
    ],
    properties: {},
  },
  SETS: {
    caption: '设定目标 SETS',
    verb: '设定',
    pairs: [
      {
        source: 'Document',
        target: 'Goal',
        graphqlType: 'Sets',
        sourceField: 'document',
        targetField: 'goal',
        outField: 'goals',
        inField: 'setBy',
        outDescription: 'Goals and indicators the document sets.',
      },
    ],
    properties: {},
  },
  FOR_REGION: {
    caption: '目标地区 FOR_REGION',
    verb: '地区',
    pairs: [
      {
        source: 'Goal',
        target: 'Region',
        graphqlType: 'ForRegion',
        sourceField: 'goal',
        targetField: 'region',
        outField: 'regions',
        inField: 'goals',
      },
    ],
    properties: {},
  },
  CONCERNS: {
    caption: '涉及产业 CONCERNS',
    verb: '涉及',
    pairs: [
      {
        source: 'Goal',
        target: 'Industry',
        graphqlType: 'Concerns',
        sourceField: 'goal',
        targetField: 'industry',
        outField: 'industries',
        inField: 'goals',
      },
    ],
    properties: {},
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** One pair of labels of one relationship type, with its type: one GraphQL relationship type. */
export interface RelationshipPair extends RelationshipEnds {
  type: RelationshipType;
}

/** Every pair of every relationship type. */
export const RELATIONSHIP_PAIRS: readonly RelationshipPair[] = RELATIONSHIP_TYPE_NAMES.flatMap((type) =>
  (RELATIONSHIPS[type].pairs as readonly RelationshipEnds[]).map((ends) => ({ ...ends, type })),
);

/** The pair a relationship of `type` from a `sourceLabel` node belongs to. */
export function relationshipPair(
  type: RelationshipType,
  sourceLabel: NodeLabel,
): RelationshipPair | undefined {
  return RELATIONSHIP_PAIRS.find((pair) => pair.type === type && pair.source === sourceLabel);
}

export function relationshipProperties(type: RelationshipType): [string, PropertySpec][] {
  return Object.entries(RELATIONSHIPS[type].properties as Record<string, PropertySpec>);
}

/** A relationship field of a node type: the pair it follows and in which direction. */
export interface RelationshipField {
  name: string;
  pair: RelationshipPair;
  /** out: the node is the relationship's source; in: its target. */
  direction: 'out' | 'in';
}

/** The relationship fields of a label, in the model's order. */
export function relationshipFields(label: NodeLabel): RelationshipField[] {
  return RELATIONSHIP_PAIRS.flatMap((pair) => [
    ...(pair.source === label ? [{ name: pair.outField, pair, direction: 'out' as const }] : []),
    ...(pair.target === label ? [{ name: pair.inField, pair, direction: 'in' as const }] : []),
  ]);
}

/**
 * Roles a park gives an industry (HOSTS.role), strongest first; a role not listed is weaker
 * than all of them. A plan naming an industry its park's 主导产业 says more than one listing it
 * among 重点支持: the development matrix shows the strongest. 专业园区: the park is named for the
 * industry (电子信息产业园).
 */
export const HOSTS_ROLES_STRONGEST_FIRST = [
  '主导产业',
  '首位产业',
  '支柱产业',
  '核心产业',
  '特色产业',
  '专业园区',
  '重点发展',
  '重点支持',
] as const;

/** The strongest of some roles (HOSTS_ROLES_STRONGEST_FIRST), null when there are none. */
export function strongestRole(roles: Iterable<string | null>): string | null {
  const rank = (role: string) => {
    const index = (HOSTS_ROLES_STRONGEST_FIRST as readonly string[]).indexOf(role);
    return index < 0 ? HOSTS_ROLES_STRONGEST_FIRST.length : index;
  };
  return (
    [...roles].filter((role): role is string => Boolean(role)).sort((a, b) => rank(a) - rank(b))[0] ?? null
  );
}
