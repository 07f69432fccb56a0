/**
 * The GraphQL schema: the graph model of ingest/model.ts as types. Read-only; there are no mutations.
 *
 * Shape, in three parts:
 * - one type per node label, and one type per relationship type that names both of its ends
 *   (`Hosts { park industry role evidence }`), so the same edge can be reached from either
 *   end and always shows its properties and the evidence behind it;
 * - lists of entities as connections (filter, sort, cursor pages of at most MAX_PAGE_SIZE);
 * - graph-shaped queries for the viewer (`{ nodes, edges }`) and the relationship questions,
 *   each answered by one named query in cypher/.
 */
import { MAX_GRAPH_NODES, MAX_PAGE_SIZE } from './limits.ts';

const relationshipFields = /* GraphQL */ `
    id: ID!
    type: RelationshipType!
    "Id of the source and of the target entity (for drawing)."
    sourceId: ID!
    targetId: ID!
    "Where the plans state this relationship."
    evidence: [Evidence!]!
    "Files of the documents that state it."
    sources: [String!]!`;

const nodeFields = /* GraphQL */ `
    id: ID!
    label: Label!
    name: String!
    "Other names the documents use for it (abbreviations, full names)."
    aliases: [String!]!
    "Where the plans name it."
    evidence: [Evidence!]!
    "Files of the documents that name it."
    sources: [String!]!`;

/** Arguments of every relationship field: how many to return, at most MAX_PAGE_SIZE. */
const relationshipArguments = `first: Int = ${MAX_PAGE_SIZE}, document: String`;

export const typeDefs = /* GraphQL */ `
  "Where a fact is written: document file, 1-based line, section path and a verbatim quote."
  type Evidence {
    document: String!
    line: Int!
    section: String!
    quote: String!
  }

  enum Label { Document Region Park Industry Project Goal }

  enum RelationshipType {
    ISSUED_BY PART_OF LOCATED_IN HOSTS PRIORITIZES IN_PARK IN_INDUSTRY SETS FOR_REGION CONCERNS
  }

  "What every entity has."
  interface Node {${nodeFields}
  }

  "What every relationship has."
  interface Relationship {${relationshipFields}
  }

  "A source document: a five-year plan or a government gazette."
  type Document implements Node {${nodeFields}
    title: String!
    file: String!
    kind: String!
    "Date adopted or published: YYYY, YYYY-MM or YYYY-MM-DD."
    date: String!
    "Years the document plans for, e.g. 2021-2025."
    period: String!
    "SHA-256 of the file's bytes (hex): the version of the document the facts were read from."
    sha256: String
    "The government that issued it."
    issuer: Region
    issuedBy(${relationshipArguments}): [IssuedBy!]!
    "Goals and indicators the document sets."
    goals(${relationshipArguments}, filter: GoalFilter): [Sets!]!
  }

  "An administrative division (province, prefecture, county, township)."
  type Region implements Node {${nodeFields}
    "Statistical division code (National Bureau of Statistics)."
    code: String
    "province, prefecture, county or township."
    level: String
    "The region this one belongs to."
    parent: Region
    partOf(${relationshipArguments}): [RegionPartOf!]!
    subregions(${relationshipArguments}): [RegionPartOf!]!
    "Parks located in the region (with includeSubregions, also in every region below it)."
    parks(${relationshipArguments}, includeSubregions: Boolean = false): [ParkLocatedIn!]!
    projects(${relationshipArguments}, includeSubregions: Boolean = false): [ProjectLocatedIn!]!
    goals(${relationshipArguments}, filter: GoalFilter): [ForRegion!]!
    "Industries the region's plans say it will develop."
    priorities(${relationshipArguments}): [Prioritizes!]!
    "Documents the region issued."
    documents(${relationshipArguments}): [IssuedBy!]!
  }

  "An industrial park, development zone or similar area (园区)."
  type Park implements Node {${nodeFields}
    "The kind named by the park's name: 高新区, 经开区, 工业集中区, 产业园…"
    kind: String
    "national or provincial, when the documents say."
    level: String
    locatedIn(${relationshipArguments}): [ParkLocatedIn!]!
    "Industries the park hosts, with their role (主导产业, 特色产业…)."
    industries(${relationshipArguments}, role: String): [Hosts!]!
    projects(${relationshipArguments}): [InPark!]!
  }

  "An industry or industry chain."
  type Industry implements Node {${nodeFields}
    "True when the industry is in the project's lexicon, false when found by pattern only."
    inLexicon: Boolean
    parks(${relationshipArguments}, role: String): [Hosts!]!
    "The broader industry this one belongs to."
    partOf(${relationshipArguments}): [IndustryPartOf!]!
    "Narrower industries that belong to it."
    subindustries(${relationshipArguments}): [IndustryPartOf!]!
    "Regions whose plans prioritize it."
    prioritizedBy(${relationshipArguments}): [Prioritizes!]!
    projects(${relationshipArguments}): [InIndustry!]!
    goals(${relationshipArguments}, filter: GoalFilter): [Concerns!]!
  }

  "A construction or investment project named in a plan."
  type Project implements Node {${nodeFields}
    locatedIn(${relationshipArguments}): [ProjectLocatedIn!]!
    parks(${relationshipArguments}): [InPark!]!
    industries(${relationshipArguments}): [InIndustry!]!
  }

  "A goal or indicator: a target a plan sets, or a result it reports."
  type Goal implements Node {${nodeFields}
    indicator: String!
    unit: String
    category: String
    number: String
    baseline: String
    baselineYear: Int
    target: String
    targetYear: Int
    growth: String
    "约束性 (binding) or 预期性 (expected)."
    attribute: String
    "target (to reach) or result (reported as reached)."
    status: String
    "table or text."
    source: String
    actual: String
    actualGrowth: String
    setBy(${relationshipArguments}): [Sets!]!
    regions(${relationshipArguments}): [ForRegion!]!
    industries(${relationshipArguments}): [Concerns!]!
  }

  "Document -[ISSUED_BY]-> Region."
  type IssuedBy implements Relationship {${relationshipFields}
    document: Document!
    region: Region!
  }
  "Region -[PART_OF]-> Region."
  type RegionPartOf implements Relationship {${relationshipFields}
    region: Region!
    parent: Region!
  }
  "Industry -[PART_OF]-> Industry."
  type IndustryPartOf implements Relationship {${relationshipFields}
    industry: Industry!
    parent: Industry!
  }
  "Park -[LOCATED_IN]-> Region."
  type ParkLocatedIn implements Relationship {${relationshipFields}
    park: Park!
    region: Region!
  }
  "Project -[LOCATED_IN]-> Region."
  type ProjectLocatedIn implements Relationship {${relationshipFields}
    project: Project!
    region: Region!
  }
  "Park -[HOSTS]-> Industry."
  type Hosts implements Relationship {${relationshipFields}
    park: Park!
    industry: Industry!
    "主导产业, 特色产业, 重点产业…: how the document ranks the industry in the park."
    role: String
    "The part of the park the industry is placed in, when the document says."
    zone: String
  }
  "Region -[PRIORITIZES]-> Industry."
  type Prioritizes implements Relationship {${relationshipFields}
    region: Region!
    industry: Industry!
    "The verb the plan uses (打造, 发展, 培育…)."
    cue: String
  }
  "Project -[IN_PARK]-> Park."
  type InPark implements Relationship {${relationshipFields}
    project: Project!
    park: Park!
  }
  "Project -[IN_INDUSTRY]-> Industry."
  type InIndustry implements Relationship {${relationshipFields}
    project: Project!
    industry: Industry!
  }
  "Document -[SETS]-> Goal."
  type Sets implements Relationship {${relationshipFields}
    document: Document!
    goal: Goal!
  }
  "Goal -[FOR_REGION]-> Region."
  type ForRegion implements Relationship {${relationshipFields}
    goal: Goal!
    region: Region!
  }
  "Goal -[CONCERNS]-> Industry."
  type Concerns implements Relationship {${relationshipFields}
    goal: Goal!
    industry: Industry!
  }

  input GoalFilter {
    "约束性 or 预期性."
    attribute: String
    "target or result."
    status: String
    targetYear: Int
    "Part of the indicator's name, e.g. 生产总值."
    indicator: String
  }

  "Filters of entity lists; all given conditions must hold."
  input EntityFilter {
    "Part of the name or of an alias."
    name: String
    "A region (id or name): entities in it or in any region below it."
    region: String
    "An industry (id or name): parks hosting it, projects in it, regions prioritizing it, goals about it."
    industry: String
    "With industry: only parks hosting it in this role."
    role: String
    "Park kind (高新区, 经开区…)."
    kind: String
    "Park or region level (national, provincial, prefecture, county…)."
    level: String
    "Only entities this document (file name) names."
    document: String
    "Goals only."
    goal: GoalFilter
  }

  enum SortField { NAME ID TARGET_YEAR }
  enum SortDirection { ASC DESC }
  input Sort {
    field: SortField! = NAME
    direction: SortDirection! = ASC
  }

  type PageInfo {
    hasNextPage: Boolean!
    "Pass as after to get the next page."
    endCursor: String
  }

  type NodeConnection {
    totalCount: Int!
    nodes: [Node!]!
    pageInfo: PageInfo!
  }

  "A subgraph ready to draw: the nodes and the relationships among them."
  type Graph {
    nodes: [Node!]!
    edges: [Relationship!]!
    "True when the limit cut the answer short."
    truncated: Boolean!
  }

  "How a region develops an industry: through its plans' priorities, through its parks, or both."
  type RegionIndustry {
    region: Region!
    industry: Industry!
    throughPlans: [Prioritizes!]!
    throughParks: [Hosts!]!
  }

  "An industry several regions develop."
  type SharedIndustry {
    industry: Industry!
    regions: [RegionIndustry!]!
  }

  "What two regions have in common."
  type CommonGround {
    regions: [Region!]!
    "Industries both develop, with how each does."
    industries: [SharedIndustry!]!
    "Indicators (by name) both set goals for."
    indicators: [String!]!
    "The nearest region both belong to."
    commonParent: Region
  }

  "A place in a document that mentions an entity: on the entity itself or on one of its relationships."
  type Mention {
    evidence: Evidence!
    "null when the entity itself is named; else the relationship whose evidence this is."
    relationship: Relationship
  }

  type Query {
    "Every source document with its issuer, newest first."
    documents: [Document!]!
    "One entity by id."
    node(id: ID!): Node
    "Entities of one label, filtered, sorted and paged (first ≤ ${MAX_PAGE_SIZE})."
    nodes(label: Label!, filter: EntityFilter, sort: Sort, first: Int = 20, after: String): NodeConnection!
    "Full-text search over names and aliases (Chinese: 高新 finds 怀化高新区)."
    search(text: String!, labels: [Label!], first: Int = 10): [Node!]!
    "The given entities (at most ${MAX_GRAPH_NODES}) and every relationship among them; unknown ids are left out."
    subgraph(ids: [ID!]!): Graph!
    "The entity and everything within depth hops (1–3) of it."
    neighborhood(id: ID!, depth: Int = 1, labels: [Label!], limit: Int = 100): Graph!
    "Shortest paths between two entities, of at most maxHops (1–6) relationships."
    path(from: ID!, to: ID!, maxHops: Int = 4, avoidLabels: [Label!] = [Document]): Graph!

    "Which parks host an industry (id or name), with the role; includeNarrower adds its sub-industries."
    parksHostingIndustry(industry: String!, role: String, document: String, includeNarrower: Boolean = true): [Hosts!]!
    "Which industries a region (id or name) develops, through its plans and its parks (and those of regions below it)."
    regionIndustries(region: String!): [RegionIndustry!]!
    "Industries that at least two regions develop; with industry, only that one."
    sharedIndustries(industry: String, minRegions: Int = 2): [SharedIndustry!]!
    "Projects in a park, a region (and below) or an industry (id or name of any of them)."
    projectsOf(entity: String!, first: Int = ${MAX_PAGE_SIZE}): [Project!]!
    "A region's goals, filtered; includeSubregions adds those of the regions below it."
    regionGoals(region: String!, filter: GoalFilter, includeSubregions: Boolean = false, first: Int = ${MAX_PAGE_SIZE}): [Goal!]!
    "What two regions have in common."
    commonGround(a: String!, b: String!): CommonGround!
    "Where the plans mention an entity: its own evidence and that of its relationships."
    mentions(entity: String!, document: String, first: Int = ${MAX_PAGE_SIZE}): [Mention!]!
  }
`;
