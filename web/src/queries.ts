/**
 * Every GraphQL query the viewer sends, in one place, with the shape of its answer.
 * The fragments ask for what drawing and the details panel need: names, aliases and the
 * evidence of every node and relationship, and the properties a relationship carries. The
 * details query's per-label parts are generated from the model, so a property added there is
 * asked for (and shown) here.
 */
import { labelProperties, NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import {
  RELATIONSHIP_PAIRS,
  type RELATIONSHIPS,
  type RelationshipType,
  relationshipProperties,
} from '../../model/relationships.ts';
import type { EdgeSummary, NodeSummary } from '../../model/summaries.ts';
import type { ChartGoal } from './goal-charts.ts';

/** Names of the properties any relationship type has (role, zone, cue…), from the model. */
export type RelationshipPropertyName = {
  [T in RelationshipType]: keyof (typeof RELATIONSHIPS)[T]['properties'];
}[RelationshipType];

/**
 * A relationship as the API sends it: its summary and the properties of its type (all of them
 * strings in the model; absent for types that do not have them).
 */
export type ApiEdge = EdgeSummary & { [P in RelationshipPropertyName]?: string | null };

export interface ApiGraph {
  nodes: NodeSummary[];
  edges: ApiEdge[];
  truncated: boolean;
}

const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on Node {
    id label name aliases sources
    evidence { document line endLine page section quote }
  }
`;

/** Each relationship pair's properties (role, zone, cue, PART_OF's source…), from the model. */
const PAIR_PROPERTIES = RELATIONSHIP_PAIRS.map((pair) => {
  const names = relationshipProperties(pair.type).map(([name]) => name);
  return names.length ? `... on ${pair.graphqlType} { ${names.join(' ')} }` : '';
}).join(' ');

const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on Relationship {
    id type sourceId targetId sources
    evidence { document line endLine page section quote }
    ${PAIR_PROPERTIES}
  }
`;

const GRAPH_FIELDS = /* GraphQL */ `
  fragment GraphFields on Graph {
    truncated
    nodes { ...NodeFields }
    edges { ...EdgeFields }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

/** A document or its issuer as the first screen draws it: without evidence (the details panel asks for it). */
type Listed = Omit<NodeSummary, 'evidence' | 'sources'>;
export interface DocumentsAnswer {
  documents: (Listed & {
    title: string;
    file: string;
    kind: string;
    date: string;
    issuer: Listed | null;
  })[];
}
// Names only: an issuer's evidence is that of every document naming it, and with a thousand
// documents the list with evidence weighed 15 MB.
export const DOCUMENTS = /* GraphQL */ `
  query Documents {
    documents { id label name aliases title file kind date issuer { id label name aliases } }
  }
`;

export interface SearchAnswer {
  search: Pick<NodeSummary, 'id' | 'label' | 'name' | 'aliases'>[];
}
export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $labels: [Label!], $first: Int) {
    search(text: $text, labels: $labels, first: $first) { id label name aliases }
  }
`;

export interface NeighborhoodAnswer {
  neighborhood: ApiGraph;
}
export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { ...GraphFields }
  }
  ${GRAPH_FIELDS}
`;

export interface SubgraphAnswer {
  subgraph: ApiGraph;
}
export const SUBGRAPH = /* GraphQL */ `
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) { ...GraphFields }
  }
  ${GRAPH_FIELDS}
`;

/** Property names more than one label has (kind, level), whatever their GraphQL types. */
const SHARED_PROPERTY_NAMES = new Set(
  NODE_LABELS.flatMap((label) => labelProperties(label).map(([name]) => name)).filter(
    (name, i, names) => names.indexOf(name) !== i,
  ),
);

/**
 * The name a node property is asked for and answered under. A name several labels share is
 * aliased as `<Label>_<property>` (`Document_kind`): their types may differ (Document.kind is
 * String!, Park.kind is String), and GraphQL does not merge such fields in one selection. The
 * other names are asked for as they are: the API allows 20 aliases per query, and the labels
 * have more properties than that.
 */
export function propertyAlias(label: NodeLabel, property: string): string {
  return SHARED_PROPERTY_NAMES.has(property) ? `${label}_${property}` : property;
}

/** `... on Document { title file Document_kind: kind … }` for every label with properties. */
const LABEL_PROPERTIES = NODE_LABELS.filter((label) => labelProperties(label).length > 0)
  .map(
    (label) =>
      `... on ${label} { ${labelProperties(label)
        .map(([name]) =>
          propertyAlias(label, name) === name ? name : `${propertyAlias(label, name)}: ${name}`,
        )
        .join(' ')} }`,
  )
  .join('\n      ');

/** A node with every property its label has, each under its `propertyAlias` (for the details panel). */
export interface NodeDetailsAnswer {
  node: (NodeSummary & Record<string, unknown>) | null;
}
export const NODE_DETAILS = /* GraphQL */ `
  query NodeDetails($id: ID!) {
    node(id: $id) {
      ...NodeFields
      ${LABEL_PROPERTIES}
    }
  }
  ${NODE_FIELDS}
`;

// ── Relationship questions ────────────────────────────────────────────────────────────────

export interface ParksHostingIndustryAnswer {
  parksHostingIndustry: (ApiEdge & { park: NodeSummary; industry: NodeSummary })[];
}
export const PARKS_HOSTING_INDUSTRY = /* GraphQL */ `
  query ParksHostingIndustry($industry: String!) {
    parksHostingIndustry(industry: $industry) {
      ...EdgeFields
      ... on Hosts { park { ...NodeFields } industry { ...NodeFields } }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export interface RegionIndustriesAnswer {
  regionIndustries: {
    region: NodeSummary;
    industry: NodeSummary;
    throughPlans: (ApiEdge & { region: NodeSummary })[];
    throughParks: (ApiEdge & { park: NodeSummary })[];
  }[];
}
export const REGION_INDUSTRIES = /* GraphQL */ `
  query RegionIndustries($region: String!) {
    regionIndustries(region: $region) {
      region { ...NodeFields }
      industry { ...NodeFields }
      throughPlans { ...EdgeFields region { ...NodeFields } }
      throughParks { ...EdgeFields park { ...NodeFields } }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

/** An edge with the node at its other end, as a project's relationship fields give them. */
type EdgeTo<End extends string> = ApiEdge & Record<End, NodeSummary>;

export interface ProjectsOfAnswer {
  projectsOf: (NodeSummary & {
    parks: EdgeTo<'park'>[];
    locatedIn: EdgeTo<'region'>[];
    industries: EdgeTo<'industry'>[];
  })[];
}
export const PROJECTS_OF = /* GraphQL */ `
  query ProjectsOf($entity: String!) {
    projectsOf(entity: $entity) {
      ...NodeFields
      ... on Project {
        parks { ...EdgeFields park { ...NodeFields } }
        locatedIn { ...EdgeFields region { ...NodeFields } }
        industries { ...EdgeFields industry { ...NodeFields } }
      }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export interface RegionGoalsAnswer {
  regionGoals: (NodeSummary & {
    indicator: string;
    target: string | null;
    targetYear: number | null;
    unit: string | null;
    attribute: string | null;
    status: string | null;
    actual: string | null;
    regions: EdgeTo<'region'>[];
  })[];
}
export const REGION_GOALS = /* GraphQL */ `
  query RegionGoals($region: String!) {
    regionGoals(region: $region) {
      ...NodeFields
      ... on Goal {
        indicator target targetYear unit attribute status actual
        regions { ...EdgeFields region { ...NodeFields } }
      }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export interface PathAnswer {
  path: ApiGraph;
}
export const PATH = /* GraphQL */ `
  query Path($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) { ...GraphFields }
  }
  ${GRAPH_FIELDS}
`;

export interface LinkedEntity {
  text: string;
  id: string;
  name: string;
  label: NodeLabel;
}
export interface AskAnswer {
  ask: {
    understood: boolean;
    interpretation: string | null;
    kind: string | null;
    entities: LinkedEntity[];
    query: string | null;
    columns: string[];
    rows: (string | null)[][];
    count: number | null;
    alternatives: { text: string; chosen: LinkedEntity; others: LinkedEntity[] }[];
    suggestions: string[];
    graph: ApiGraph;
  };
}
export const ASK = /* GraphQL */ `
  query Ask($question: String!, $prefer: [ID!]) {
    ask(question: $question, prefer: $prefer) {
      understood interpretation kind query columns rows count suggestions
      entities { text id name label }
      alternatives { text chosen { text id name label } others { text id name label } }
      graph { ...GraphFields }
    }
  }
  ${GRAPH_FIELDS}
`;

export interface MatrixAnswer {
  developmentMatrix: {
    regions: { id: string; name: string; level: string | null; parentId: string | null }[];
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
      strongestRole: string | null;
      documents: string[];
    }[];
  };
}
export const DEVELOPMENT_MATRIX = /* GraphQL */ `
  query DevelopmentMatrix($region: String, $industry: String, $industries: Int) {
    developmentMatrix(region: $region, industry: $industry, industries: $industries) {
      regions { id name level parentId }
      industries { id name regions parentId parentName }
      cells { regionId industryId throughPlans throughParks strongestRole documents }
    }
  }
`;

export interface GraphSummaryAnswer {
  graphSummary: {
    labels: { kind: string; count: number }[];
    relationships: { kind: string; count: number }[];
    exampleQuestions: string[];
  };
}
export const GRAPH_SUMMARY = /* GraphQL */ `
  query GraphSummary {
    graphSummary {
      labels { kind count }
      relationships { kind count }
      exampleQuestions
    }
  }
`;

export interface NeighbourCountsAnswer {
  neighbourCounts: { kind: string; count: number }[];
}
export const NEIGHBOUR_COUNTS = /* GraphQL */ `
  query NeighbourCounts($id: ID!) {
    neighbourCounts(id: $id) { kind count }
  }
`;

export const NEIGHBORHOOD_OF_KIND = /* GraphQL */ `
  query NeighborhoodOfKind($id: ID!, $labels: [Label!], $limit: Int) {
    neighborhood(id: $id, depth: 1, labels: $labels, limit: $limit) { ...GraphFields }
  }
  ${GRAPH_FIELDS}
`;

/** The Goal fields the charts read (goal-charts.ts). */
const CHART_GOAL_FIELDS = /* GraphQL */ `
  indicator category baseline baselineValue target value valueMax qualifier unit kind targetYear status
`;

export interface GoalChartAnswer {
  goalChart: {
    years: { year: number; count: number; withBaseline: number }[];
    targetYear: number | null;
    goals: ChartGoal[];
  };
}
export const GOAL_CHART = /* GraphQL */ `
  query GoalChart($region: String!, $targetYear: Int) {
    goalChart(region: $region, targetYear: $targetYear) {
      years { year count withBaseline }
      targetYear
      goals { id ... on Goal { ${CHART_GOAL_FIELDS} } }
    }
  }
`;

export interface IndicatorGoalsAnswer {
  nodes: {
    totalCount: number;
    nodes: (ChartGoal & {
      regions: { region: { id: string; name: string } }[];
      setBy: { document: { id: string; title: string; kind: string } }[];
    })[];
  };
}
export const INDICATOR_GOALS = /* GraphQL */ `
  query IndicatorGoals($indicator: String!) {
    nodes(label: Goal, filter: { goal: { indicator: $indicator } }, first: 150) {
      totalCount
      nodes {
        id
        ... on Goal {
          ${CHART_GOAL_FIELDS}
          regions(first: 1) { region { id name } }
          setBy(first: 1) { document { id title kind } }
        }
      }
    }
  }
`;

export interface ChainMember {
  id: string;
  name: string;
  role: string | null;
  place: string | null;
}
export interface IndustryChainAnswer {
  industryChain: {
    industryId: string;
    name: string;
    parentId: string | null;
    depth: number;
    parks: ChainMember[];
    regions: ChainMember[];
    projects: ChainMember[];
  }[];
}
export const INDUSTRY_CHAIN = /* GraphQL */ `
  query IndustryChain($industry: String!) {
    industryChain(industry: $industry) {
      industryId name parentId depth
      parks { id name role place }
      regions { id name role place }
      projects { id name role place }
    }
  }
`;
