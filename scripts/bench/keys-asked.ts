import { buildSchema, graphql } from 'graphql';
import { type ReturnedProperties, returnedProperties } from '../../server/returned-properties.ts';
import { typeDefs } from '../../server/schema/type-defs.ts';

const schema = buildSchema(typeDefs);

/**
 * The properties the server has a named query return for a one-field GraphQL query: its
 * resolver's `returnedProperties(info)`, read by running the query against the schema with a
 * resolver that only records them.
 */
export async function keysAskedBy(query: string): Promise<ReturnedProperties> {
  let asked: ReturnedProperties | undefined;
  const record = (_args: unknown, _context: unknown, info: Parameters<typeof returnedProperties>[0]) => {
    asked = returnedProperties(info);
    return [];
  };
  const field = /\{\s*(\w+)/u.exec(query)?.[1] ?? '';
  await graphql({ schema, source: query, rootValue: { [field]: record } });
  if (!asked) throw new Error(`no keys recorded for ${query}`);
  return asked;
}
