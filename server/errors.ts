import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/neo4j-settings.ts';

/** Error codes a client can act on; they are part of the API. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * Apollo's own codes for requests that are not valid GraphQL, folded into ours: for a client
 * they all mean "fix the request". graphql-armor's refusals are QUERY_TOO_COMPLEX already.
 */
const PUBLIC_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: ERROR_CODES.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ERROR_CODES.BAD_USER_INPUT,
  BAD_REQUEST: ERROR_CODES.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ERROR_CODES.BAD_USER_INPUT,
};

/**
 * graphql-armor's refusals ("Syntax Error: Query depth limit of 10 exceeded, found 17.") reach
 * us as validation errors; what they mean for a client is QUERY_TOO_COMPLEX, not a syntax error.
 */
const ARMOR_REFUSAL =
  /^Syntax Error: ((?:Query depth|Query Cost|Aliases|Directives|Token) limit of \d+ exceeded.*)$/s;

/**
 * A body over the size limit, or not JSON, is refused before GraphQL sees it; the client
 * still gets a GraphQL-shaped answer with a code, not an HTML error page. `error` is what
 * body-parser reports; null when it is something else.
 */
export function bodyRefusal(
  error: unknown,
): { status: number; body: { errors: GraphQLFormattedError[] } } | null {
  const type = (error as { type?: string } | null)?.type;
  if (type !== 'entity.too.large' && type !== 'entity.parse.failed' && type !== 'encoding.unsupported') {
    return null;
  }
  const tooLarge = type === 'entity.too.large';
  return {
    status: tooLarge ? 413 : 400,
    body: {
      errors: [
        {
          message: tooLarge
            ? 'The request body is too large; a GraphQL query needs a few kilobytes at most.'
            : 'The request body is not valid JSON.',
          extensions: { code: tooLarge ? ERROR_CODES.QUERY_TOO_COMPLEX : ERROR_CODES.BAD_USER_INPUT },
        },
      ],
    },
  };
}

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
  const refusal = ARMOR_REFUSAL.exec(formatted.message);
  if (refusal) {
    return {
      message: `The query is too large for this API: ${refusal[1]}`,
      extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ERROR_CODES.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: PUBLIC_CODES[code] ?? code } };
  }
  console.error('unexpected error while answering a query:', original);
  return {
    message: 'The server failed to answer this query; the error has been logged.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}
