/**
 * The GraphQL schema: the graph model of ingest/model.ts as types. Read-only; there are no mutations.
 */
export const typeDefs = /* GraphQL */ `
  "Where a fact is written: document file, 1-based line, section path and a verbatim quote."
  type Evidence {
    document: String!
    line: Int!
    section: String!
    quote: String!
  }

  "An administrative division (province, prefecture, county, township)."
  type Region {
    id: ID!
    name: String!
    aliases: [String!]!
    evidence: [Evidence!]!
  }

  "A source document: a five-year plan or a government gazette."
  type Document {
    id: ID!
    title: String!
    file: String!
    kind: String!
    "Date adopted or published: YYYY, YYYY-MM or YYYY-MM-DD."
    date: String!
    period: String!
    issuer: Region
    evidence: [Evidence!]!
  }

  type Query {
    "Every source document with its issuer, newest first."
    documents: [Document!]!
  }
`;
