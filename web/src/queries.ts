/**
 * Every GraphQL query the viewer sends, in one place, with the shape of its answer.
 * The fragments ask for what drawing and the details panel need: names, aliases and the
 * evidence of every node and relationship, and the properties a relationship carries.
 */
import type { Evidence, NodeLabel, RelationshipType } from '../../model/graph.ts';

export interface ApiNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  sources: string[];
}

export interface ApiEdge {
  id: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  evidence: Evidence[];
  sources: string[];
  /** Hosts */
  role?: string | null;
  zone?: string | null;
  /** Prioritizes */
  cue?: string | null;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
}

const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on Node {
    id label name aliases sources
    evidence { document line section quote }
  }
`;

const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on Relationship {
    id type sourceId targetId sources
    evidence { document line section quote }
    ... on Hosts { role zone }
    ... on Prioritizes { cue }
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

export interface DocumentsAnswer {
  documents: (ApiNode & {
    title: string;
    file: string;
    kind: string;
    date: string;
    issuer: ApiNode | null;
  })[];
}
export const DOCUMENTS = /* GraphQL */ `
  query Documents {
    documents { ...NodeFields title file kind date issuer { ...NodeFields } }
  }
  ${NODE_FIELDS}
`;

export interface SearchAnswer {
  search: Pick<ApiNode, 'id' | 'label' | 'name' | 'aliases'>[];
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

/** A node with every property its label has (for the details panel). */
export interface NodeDetailsAnswer {
  node: (ApiNode & Record<string, unknown>) | null;
}
export const NODE_DETAILS = /* GraphQL */ `
  query NodeDetails($id: ID!) {
    node(id: $id) {
      ...NodeFields
      ... on Document { title file documentKind: kind date period }
      ... on Region { code level }
      ... on Park { kind level }
      ... on Industry { inLexicon }
      ... on Goal {
        indicator unit category number baseline baselineYear target targetYear growth
        attribute status source actual actualGrowth
      }
    }
  }
  ${NODE_FIELDS}
`;

// ── Relationship questions ────────────────────────────────────────────────────────────────

export interface ParksHostingIndustryAnswer {
  parksHostingIndustry: (ApiEdge & { park: ApiNode; industry: ApiNode })[];
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
    region: ApiNode;
    industry: ApiNode;
    throughPlans: (ApiEdge & { region: ApiNode })[];
    throughParks: (ApiEdge & { park: ApiNode })[];
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
type EdgeTo<End extends string> = ApiEdge & Record<End, ApiNode>;

export interface ProjectsOfAnswer {
  projectsOf: (ApiNode & {
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
  regionGoals: (ApiNode & {
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
