import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  parse,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { cypherStatements } from '../../cypher/queries.ts';
import { labelProperties, NODE_LABELS } from '../../model/labels.ts';
import {
  RELATIONSHIP_PAIRS,
  RELATIONSHIP_TYPE_NAMES,
  relationshipFields,
  relationshipProperties,
} from '../../model/relationships.ts';
import { resolvers } from '../../server/resolvers/index.ts';
import { typeDefs } from '../../server/schema/type-defs.ts';
import { EXAMPLE_QUERIES } from '../../web/src/graphiql/example-queries.ts';
import * as viewerQueries from '../../web/src/queries.ts';
import { ROOT } from '../support/paths.ts';

const schema = buildSchema(typeDefs);

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type in the schema`);
  return type;
}

/** The named type inside [X!]! */
function listItemName(type: GraphQLOutputType): string | undefined {
  const list = type instanceof GraphQLNonNull ? type.ofType : type;
  if (!(list instanceof GraphQLList)) return undefined;
  const item = list.ofType instanceof GraphQLNonNull ? list.ofType.ofType : list.ofType;
  return (item as { name?: string }).name;
}

describe('the GraphQL schema is derived from the model', () => {
  it('has a type implementing Node for every label, with every property of the label', () => {
    for (const label of NODE_LABELS) {
      const type = objectType(label);
      expect(type.getInterfaces().map((i) => i.name)).toContain('Node');
      for (const [name, spec] of labelProperties(label)) {
        expect([label, name, String(type.getFields()[name]?.type)]).toEqual([
          label,
          name,
          `${spec.type}${spec.required ? '!' : ''}`,
        ]);
      }
    }
  });

  it('has a relationship type for every pair of every relationship type, with both ends and its properties', () => {
    expect([...new Set(RELATIONSHIP_PAIRS.map((pair) => pair.type))].sort()).toEqual(
      [...RELATIONSHIP_TYPE_NAMES].sort(),
    );
    for (const pair of RELATIONSHIP_PAIRS) {
      const type = objectType(pair.graphqlType);
      const fields = type.getFields();
      expect(type.getInterfaces().map((i) => i.name)).toContain('Relationship');
      expect(String(fields[pair.sourceField]?.type)).toBe(`${pair.source}!`);
      expect(String(fields[pair.targetField]?.type)).toBe(`${pair.target}!`);
      for (const [name] of relationshipProperties(pair.type)) expect(fields[name], name).toBeDefined();
    }
  });

  it('reaches every relationship from both of its ends, with a resolver for each field', () => {
    const resolverMap = resolvers as unknown as Record<string, Record<string, unknown>>;
    for (const label of NODE_LABELS) {
      const fields = objectType(label).getFields();
      const names = relationshipFields(label).map((field) => field.name);
      expect(new Set(names).size, `${label} has two relationship fields of one name`).toBe(names.length);
      for (const field of relationshipFields(label)) {
        expect(listItemName(fields[field.name]?.type as GraphQLOutputType)).toBe(field.pair.graphqlType);
        expect(typeof resolverMap[label]?.[field.name]).toBe('function');
      }
    }
    for (const pair of RELATIONSHIP_PAIRS) {
      expect(typeof resolverMap[pair.graphqlType]?.[pair.sourceField]).toBe('function');
      expect(typeof resolverMap[pair.graphqlType]?.[pair.targetField]).toBe('function');
    }
  });

  it('is read-only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});

describe('cypher/schema.cypher covers the model', () => {
  const statements = cypherStatements('schema');

  it('has a uniqueness constraint on id for every label', () => {
    for (const label of NODE_LABELS) {
      expect(
        statements.some((statement) =>
          new RegExp(
            `CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`,
          ).test(statement),
        ),
        `no uniqueness constraint for ${label}`,
      ).toBe(true);
    }
  });

  it('indexes the names and aliases of every label for search', () => {
    const fullText = statements.find((statement) =>
      statement.startsWith('CREATE FULLTEXT INDEX entity_names'),
    );
    const labels = /FOR \(n:([\w|]+)\)/.exec(fullText ?? '')?.[1]?.split('|') ?? [];
    expect([...labels].sort()).toEqual([...NODE_LABELS].sort());
  });
});

describe('every query the viewer and the query IDE send is valid against the schema', () => {
  const sent = [
    ...Object.entries(viewerQueries)
      .filter(([, value]) => typeof value === 'string' && /^\s*(query|fragment)\b/m.test(value))
      .map(([name, text]) => [`web/src/queries.ts ${name}`, text as string] as const),
    ...EXAMPLE_QUERIES.map((example) => [`GraphiQL example ${example.title}`, example.query] as const),
  ];

  it('finds the queries', () => {
    expect(sent.length).toBeGreaterThan(8);
  });

  it.each(sent)('%s', (_name, text) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });
});

describe('the README example query', () => {
  it('is valid against the schema', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(validate(schema, parse(example ?? '')).map((error) => error.message)).toEqual([]);
  });
});
