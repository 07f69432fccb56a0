import { GraphQLError } from 'graphql';
import type { NodeLabel } from '../model/labels.ts';
import { ERROR_CODES } from './errors.ts';
import type { RequestContext } from './request-context.ts';

/**
 * The id of the entity a user names — an id, a name or an alias, as every argument naming an
 * entity accepts — or a refusal: BAD_USER_INPUT for an empty name, NOT_FOUND for one no entity
 * (of the given labels) has.
 */
export async function entityId(
  { names }: RequestContext,
  ref: string,
  labels: readonly NodeLabel[] | null,
  what: string,
): Promise<string> {
  if (ref.trim() === '') {
    throw new GraphQLError(`Name the ${what}: an id, a name or an alias.`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: what },
    });
  }
  const id = await names.resolve(ref, labels);
  if (id === undefined) {
    throw new GraphQLError(`No ${what} has the id, name or alias “${ref}”; search(text:) finds candidates.`, {
      extensions: { code: ERROR_CODES.NOT_FOUND, argument: what },
    });
  }
  return id;
}
