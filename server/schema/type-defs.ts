/**
 * The GraphQL schema. Read-only; there are no mutations.
 *
 * Shape, in three parts:
 * - one type per node label, and one type per relationship type and pair of labels that names
 *   both of its ends (`Hosts { park industry role evidence }`), so the same edge can be reached
 *   from either end and always shows its properties and the evidence behind it — all derived
 *   from the model (model/labels.ts, model/relationships.ts), not written here;
 * - lists of entities as connections (filter, sort, cursor pages of at most MAX_PAGE_SIZE);
 * - graph-shaped queries for the viewer (`{ nodes, edges }`) and the relationship questions,
 *   each answered by one named query in cypher/.
 */
import {
  LABELS,
  labelProperties,
  NODE_LABELS,
  type NodeLabel,
  type PropertySpec,
} from '../../model/labels.ts';
import {
  RELATIONSHIP_PAIRS,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipField,
  relationshipFields,
  relationshipProperties,
} from '../../model/relationships.ts';
import { MAX_GRAPH_NODES, MAX_MATRIX_INDUSTRIES, MAX_PAGE_SIZE } from '../limits.ts';

const EDGE_INTERFACE_FIELDS = /* GraphQL */ `
    id: ID!
    type: RelationshipType!
    "Id of the source and of the target entity (for drawing)."
    sourceId: ID!
    targetId: ID!
    "Where the plans state this relationship."
    evidence: [Evidence!]!
    "Files of the documents that state it."
    sources: [String!]!`;

const NODE_INTERFACE_FIELDS = /* GraphQL */ `
    id: ID!
    label: Label!
    name: String!
    "Other names the documents use for it (abbreviations, full names)."
    aliases: [String!]!
    "Where the plans name it."
    evidence: [Evidence!]!
    "Files of the documents that name it."
    sources: [String!]!`;

function described(text: string | undefined, line: string): string {
  return text ? `    ${JSON.stringify(text)}\n${line}` : line;
}

function propertyField(name: string, spec: PropertySpec): string {
  return described(spec.description, `    ${name}: ${spec.type}${spec.required ? '!' : ''}`);
}

/** The input type filtering entities of a label by its filterable properties, if it has any. */
export function filterInputName(label: NodeLabel): string | undefined {
  return labelProperties(label).some(([, spec]) => spec.filter) ? `${label}Filter` : undefined;
}

function filterInput(label: NodeLabel): string {
  const fields = labelProperties(label)
    .filter(([, spec]) => spec.filter)
    .map(([name, spec]) =>
      described(
        spec.filter === 'contains' ? `Part of the ${name}.` : spec.description,
        `    ${name}: ${spec.type}`,
      ),
    );
  return `  input ${filterInputName(label)} {\n${fields.join('\n')}\n  }`;
}

/**
 * Arguments of a relationship field: how many (at most MAX_PAGE_SIZE), which document, the
 * relationship's filterable properties, the far end's filter, and for fields into a region that
 * reach below it, includeSubregions.
 */
function relationshipArguments(field: RelationshipField): string {
  const far = field.direction === 'out' ? field.pair.target : field.pair.source;
  const farFilter = filterInputName(far);
  return [
    `first: Int = ${MAX_PAGE_SIZE}`,
    'document: String',
    ...relationshipProperties(field.pair.type)
      .filter(([, spec]) => spec.filter)
      .map(([name, spec]) => `${name}: ${spec.type}`),
    ...(farFilter ? [`filter: ${farFilter}`] : []),
    ...(field.direction === 'in' && field.pair.inReachesSubregions
      ? ['includeSubregions: Boolean = false']
      : []),
  ].join(', ');
}

function nodeType(label: NodeLabel): string {
  const properties = labelProperties(label).map(([name, spec]) => propertyField(name, spec));
  const relationships = relationshipFields(label).map((field) => {
    const description = field.direction === 'out' ? field.pair.outDescription : field.pair.inDescription;
    return described(
      description,
      `    ${field.name}(${relationshipArguments(field)}): [${field.pair.graphqlType}!]!`,
    );
  });
  return [
    `  ${JSON.stringify(LABELS[label].description)}`,
    `  type ${label} implements Node {${NODE_INTERFACE_FIELDS}`,
    ...properties,
    ...relationships,
    '  }',
  ].join('\n');
}

function relationshipTypes(): string {
  return RELATIONSHIP_PAIRS.map((pair) =>
    [
      `  "${pair.source} -[${pair.type}]-> ${pair.target}."`,
      `  type ${pair.graphqlType} implements Relationship {${EDGE_INTERFACE_FIELDS}`,
      `    ${pair.sourceField}: ${pair.source}!`,
      `    ${pair.targetField}: ${pair.target}!`,
      ...relationshipProperties(pair.type).map(([name, spec]) => propertyField(name, spec)),
      '  }',
    ].join('\n'),
  ).join('\n');
}

export const typeDefs = /* GraphQL */ `
  "Where a fact is written: document file, 1-based line, section path and a verbatim quote; for a PDF also its page."
  type Evidence {
    document: String!
    line: Int!
    "The last line the quote reaches when it runs on across a wrapped line (the quote then holds the line breaks); null for one line."
    endLine: Int
    section: String!
    quote: String!
    "The 1-based page of a PDF the line starts on; null for formats without pages."
    page: Int
  }

  enum Label { ${NODE_LABELS.join(' ')} }

  enum RelationshipType { ${RELATIONSHIP_TYPE_NAMES.join(' ')} }

  "What every entity has."
  interface Node {${NODE_INTERFACE_FIELDS}
  }

  "What every relationship has."
  interface Relationship {${EDGE_INTERFACE_FIELDS}
  }

${NODE_LABELS.map(nodeType).join('\n\n')}

  extend type Document {
    "The government that issued it."
    issuer: Region
  }

  extend type Region {
    "The region this one belongs to."
    parent: Region
  }

${relationshipTypes()}

${NODE_LABELS.filter(filterInputName).map(filterInput).join('\n')}

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
    "Projects only."
    project: ProjectFilter
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

  "A row of the development matrix: a region, under its parent (null at the top)."
  type MatrixRegion {
    id: ID!
    name: String!
    level: String
    parentId: ID
  }

  "A column of the development matrix: an industry, with the industry it is part of."
  type MatrixIndustry {
    id: ID!
    name: String!
    "How many regions develop it (where the documents say so)."
    regions: Int!
    parentId: ID
    parentName: String
  }

  "How one region develops one industry, where the documents say so (not summed over regions below)."
  type MatrixCell {
    regionId: ID!
    industryId: ID!
    "Its plans prioritize it (PRIORITIZES relationships)."
    throughPlans: Int!
    "Parks located in it host it (how many parks)."
    throughParks: Int!
    "The strongest role a park gives it (主导产业 before 特色产业 before 重点发展…)."
    strongestRole: String
    "Files of the documents that say so."
    documents: [String!]!
  }

  "How many entities of a label, or relationships of a type, the graph holds."
  type KindCount {
    kind: String!
    count: Int!
  }

  "What the graph holds, at a glance: the first screen."
  type GraphSummary {
    labels: [KindCount!]!
    relationships: [KindCount!]!
    "Questions the question box answers, to start from."
    exampleQuestions: [String!]!
  }

  "An entity of an industry chain: a park hosting a part (role: the strongest it is given; place: its region), a region prioritizing it, or a project in it (place: its park)."
  type ChainMember {
    id: ID!
    name: String!
    role: String
    place: String
  }

  "One part of an industry chain (the industry itself at depth 0) and who carries it; no parks and no regions: a gap."
  type ChainPart {
    industryId: ID!
    name: String!
    parentId: ID
    depth: Int!
    parks: [ChainMember!]!
    regions: [ChainMember!]!
    projects: [ChainMember!]!
  }

  "A target year of a region's goals that have a number: how many, and how many with a baseline as a number too."
  type GoalYear {
    year: Int!
    count: Int!
    withBaseline: Int!
  }

  "A region's goals that have a number, one target year at a time: what the targets charts draw."
  type GoalChart {
    years: [GoalYear!]!
    "The year drawn: the one asked for, else the one with the most goals."
    targetYear: Int
    goals: [Goal!]!
  }

  "Who develops what: regions × industries."
  type DevelopmentMatrix {
    regions: [MatrixRegion!]!
    industries: [MatrixIndustry!]!
    cells: [MatrixCell!]!
  }

  "An entity a question names: the words as written, and the entity they were read as."
  type LinkedEntity {
    text: String!
    id: ID!
    name: String!
    label: Label!
  }

  "Words of a question that name several entities: the one taken, and the others they could mean (ask again with prefer)."
  type AskAlternative {
    text: String!
    chosen: LinkedEntity!
    others: [LinkedEntity!]!
  }

  "The answer to a question in Chinese, with how it was read."
  type AskAnswer {
    "False when the question cannot be answered from these documents."
    understood: Boolean!
    "How the question was read (in Chinese), or why it cannot be answered."
    interpretation: String
    "The kind of question (data/questions/question-forms.json), null when not understood."
    kind: String
    "The entities the question names, in its order."
    entities: [LinkedEntity!]!
    "The GraphQL query the answer came from: paste it into GraphiQL."
    query: String
    columns: [String!]!
    "The answer as a table: names as the graph holds them, values as written."
    rows: [[String]!]!
    "For 多少 questions: how many distinct entries the answer has."
    count: Int
    "The entities asked about and those of the answer, with the relationships among them and their evidence."
    graph: Graph!
    "Names of the question that fit several entities."
    alternatives: [AskAlternative!]!
    "When not understood: questions of forms it can answer, about what it recognised."
    suggestions: [String!]!
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
    "The entity (id, name or alias) and everything within depth hops (1–3) of it."
    neighborhood(id: ID!, depth: Int = 1, labels: [Label!], limit: Int = 100): Graph!
    "Shortest paths between two entities (ids, names or aliases), of at most maxHops (1–6) relationships."
    path(from: ID!, to: ID!, maxHops: Int = 4, avoidLabels: [Label!] = [Document]): Graph!

    "Which parks host an industry (id or name), with the role; includeNarrower adds its sub-industries."
    parksHostingIndustry(industry: String!, role: String, document: String, includeNarrower: Boolean = true): [Hosts!]!
    "Which industries a region (id or name) develops, through its plans and its parks (and those of regions below it); the best supported (most relationships) first."
    regionIndustries(region: String!, first: Int = ${MAX_PAGE_SIZE}): [RegionIndustry!]!
    "Industries that at least two regions develop; with industry, only that one."
    sharedIndustries(industry: String, minRegions: Int = 2): [SharedIndustry!]!
    "Projects in a park, a region (and below; with those its own documents name without placing them) or an industry (id or name of any of them), sorted by name; after: the last name of the page before."
    projectsOf(entity: String!, first: Int = ${MAX_PAGE_SIZE}, after: String): [Project!]!
    "A region's goals, filtered; includeSubregions adds those of the regions below it."
    regionGoals(region: String!, filter: GoalFilter, includeSubregions: Boolean = false, first: Int = ${MAX_PAGE_SIZE}): [Goal!]!
    "What two regions have in common."
    commonGround(a: String!, b: String!): CommonGround!
    "Where the plans mention an entity: its own evidence and that of its relationships."
    mentions(entity: String!, document: String, first: Int = ${MAX_PAGE_SIZE}): [Mention!]!
    "How many entities and relationships of each kind the graph holds."
    graphSummary: GraphSummary!
    "How many entities of each label are one relationship away from an entity (id, name or alias): what expanding it would draw."
    neighbourCounts(id: ID!): [KindCount!]!
    "Who develops what: the regions below region (id or name; all when null) × the industries developed in most regions (at most ${MAX_MATRIX_INDUSTRIES}); with industry, an industry chain: that industry and its parts, those no region develops included (its gaps)."
    developmentMatrix(region: String, industry: String, industries: Int = 30): DevelopmentMatrix!
    "An industry chain (id or name): the industry and its parts, two levels down, each with the parks hosting it, the regions prioritizing it and the projects in it (at most first of each per part)."
    industryChain(industry: String!, first: Int = 12): [ChainPart!]!
    "A region's goals (id or name) that have a number, for one target year (the one with the most when null), and the years there are: for charts."
    goalChart(region: String!, targetYear: Int): GoalChart!
    "A question in Chinese (怀化有哪些园区发展电子信息？), answered from the graph; prefer: ids picked for ambiguous names."
    ask(question: String!, prefer: [ID!]): AskAnswer!
  }
`;
