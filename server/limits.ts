import { GraphQLError, type ValidationRule } from 'graphql';
import { ERROR_CODES } from './errors.ts';

/**
 * The API's limits, in one place: what a single request may ask for. They keep one request
 * from occupying the database: pages are capped, and graphql-armor refuses deep or costly
 * queries before they run (see app.ts).
 */
export const MAX_PAGE_SIZE = 200;
export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COST = 20_000;
export const MAX_ALIASES = 20;
export const MAX_TOKENS = 4_000;
/** Bytes of a request body; a GraphQL query is text, a few kilobytes at most. */
export const MAX_BODY = '100kb';
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_GRAPH_NODES = 2_000;
export const MAX_PATH_HOPS = 6;
/** Columns of the development matrix: more than a screen can show side by side. */
export const MAX_MATRIX_INDUSTRIES = 100;
/** Milliseconds one Cypher query may run before Neo4j stops it. */
export const QUERY_TIMEOUT_MS = 10_000;

/** A count the client asked for, checked against [min, max]. */
export function checkedCount(name: string, value: number, max: number, min = 0): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphQLError(
      `${name} must be a whole number from ${min} to ${max} (got ${value}); ask for further pages with "after".`,
      { extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: name, max } },
    );
  }
  return value;
}

/**
 * The API is read-only: the schema has no Mutation type, and graphql-js would only notice that
 * while executing (an internal error); this rule refuses such operations while validating.
 */
export const onlyQueries: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'query') {
      context.reportError(
        new GraphQLError(`This API is read-only: it answers queries, not ${operation.operation}s.`, {
          nodes: operation,
        }),
      );
    }
  },
});
