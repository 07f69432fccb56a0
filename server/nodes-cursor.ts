import { GraphQLError } from 'graphql';
import { ERROR_CODES } from './errors.ts';

/**
 * Where a page of `nodes` ended: the sort it was made for, and the sort value and id of its
 * last entity. Opaque to clients (base64url JSON). A place in the order rather than a count:
 * when an ingest adds or removes entities between two pages, the next page still begins right
 * after the last entity seen (see cypher/list-nodes.cypher).
 */
export interface NodesCursor {
  /** What the cursor's place is a place in: the label and the sort (`Park NAME ASC`). */
  sort: string;
  key: string | number | null;
  id: string;
}

export function encodeCursor(cursor: NodesCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** `keyType`: the type of the sort field's values (a year is a number, a name or an id a string). */
export function decodeCursor(
  cursor: string | null | undefined,
  sort: string,
  keyType: 'string' | 'number',
): NodesCursor | null {
  if (!cursor) return null;
  const refuse = (why: string) =>
    new GraphQLError(`after: ${why} (use pageInfo.endCursor of the page before, with the same sort).`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'after' },
    });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw refuse('this is not a cursor this API gave out');
  }
  const { sort: cursorSort, key, id } = (decoded ?? {}) as Partial<NodesCursor>;
  if (typeof cursorSort !== 'string' || typeof id !== 'string' || (key != null && typeof key !== keyType)) {
    throw refuse('this is not a cursor this API gave out');
  }
  if (cursorSort !== sort) throw refuse(`this cursor was given out for ${cursorSort}, not ${sort}`);
  return { sort, key: key ?? null, id };
}
