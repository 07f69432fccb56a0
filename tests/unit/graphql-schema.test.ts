import { buildSchema, GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../model/graph.ts';
import { EDGE_TYPES, type EdgeTypeName, RELATIONSHIP_FIELDS } from '../../server/relationship-fields.ts';
import { resolvers } from '../../server/resolvers.ts';
import { typeDefs } from '../../server/schema.ts';

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

describe('the GraphQL schema covers the domain model', () => {
  it('has a type implementing Node for every label', () => {
    for (const label of NODE_LABELS) {
      expect(
        objectType(label)
          .getInterfaces()
          .map((i) => i.name),
      ).toContain('Node');
    }
  });

  it('has a relationship type for every relationship type of the model, with both ends', () => {
    const covered = new Set(Object.values(EDGE_TYPES).map((spec) => spec.type));
    expect([...covered].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    for (const [name, spec] of Object.entries(EDGE_TYPES)) {
      const fields = objectType(name).getFields();
      expect(
        objectType(name)
          .getInterfaces()
          .map((i) => i.name),
      ).toContain('Relationship');
      expect(String(fields[spec.ends[0]]?.type)).toBe(`${spec.source}!`);
      expect(String(fields[spec.ends[1]]?.type)).toBe(`${spec.target}!`);
    }
  });

  it('reaches every relationship from both of its ends, with a resolver for each field', () => {
    const directions = new Map<EdgeTypeName, Set<string>>();
    for (const label of NODE_LABELS) {
      const fields = objectType(label).getFields();
      const labelResolvers = (resolvers as unknown as Record<string, Record<string, unknown>>)[label] ?? {};
      for (const [field, spec] of Object.entries(RELATIONSHIP_FIELDS[label])) {
        const edge = EDGE_TYPES[spec.edgeType];
        // The field sits on the end it starts from and returns the relationship type.
        expect(spec.direction === 'out' ? edge.source : edge.target).toBe(label);
        expect(listItemName(fields[field]?.type as GraphQLOutputType)).toBe(spec.edgeType);
        expect(typeof labelResolvers[field]).toBe('function');
        directions.set(spec.edgeType, (directions.get(spec.edgeType) ?? new Set()).add(spec.direction));
      }
    }
    for (const name of Object.keys(EDGE_TYPES) as EdgeTypeName[]) {
      expect([name, [...(directions.get(name) ?? [])].sort()]).toEqual([name, ['in', 'out']]);
    }
  });

  it('is read-only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});
