import { askAnswerResolvers, askQueries } from './ask.ts';
import { entityTypeResolvers } from './entity-types.ts';
import { graphQueries } from './graph-queries.ts';
import { overviewQueries } from './overview-queries.ts';
import { questionQueries } from './question-queries.ts';

/** Every resolver of the schema (server/schema/type-defs.ts). */
export const resolvers = {
  Query: { ...graphQueries, ...questionQueries, ...overviewQueries, ...askQueries },
  ...askAnswerResolvers,
  ...entityTypeResolvers(),
};
