import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../cypher/database.ts';

/** Error codes a client can act on; they are part of the API. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is not reachable right now; try again in a moment.', {
    extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE },
  });
}

/**
 * What clients see of an error: a message a person understands and a stable code. Errors we
 * did not anticipate are logged here with their stack and reach the client without it.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  if (isDatabaseUnavailable(original)) {
    return {
      ...formatted,
      message: databaseUnavailable().message,
      extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ERROR_CODES.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('unexpected error while answering a query:', original);
  return {
    message: 'The server failed to answer this query; the error has been logged.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}
