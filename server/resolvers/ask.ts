/**
 * `ask`: a question in Chinese, read into one of the relationship questions (server/ask/),
 * answered by running that question's GraphQL against this same schema, and returned with how
 * it was read, the query it ran, the answer as a table and the entities to draw.
 */
import { GraphQLError, type GraphQLResolveInfo, graphql } from 'graphql';
import { type AnswerTable, answerPlan } from '../ask/answer-plans.ts';
import type { EntityLinker, KnownEntity } from '../ask/entity-linker.ts';
import { questionForms } from '../ask/question-forms.ts';
import { type Ambiguity, type LinkedEntity, type Reading, readQuestion } from '../ask/read-question.ts';
import { ERROR_CODES } from '../errors.ts';
import { MAX_GRAPH_NODES } from '../limits.ts';
import type { RequestContext } from '../request-context.ts';
import { returnedProperties } from '../returned-properties.ts';
import { subgraph } from './graph-queries.ts';

const LONGEST_QUESTION = 200;

interface AskAnswer {
  understood: boolean;
  interpretation: string;
  kind: string | null;
  entities: LinkedEntity[];
  query: string | null;
  columns: string[];
  rows: (string | null)[][];
  count: number | null;
  alternatives: Ambiguity[];
  suggestions: string[];
  /** Entities of the answer, drawn by `graph`. */
  ids: string[];
}

const quoted = (entity: LinkedEntity | undefined) => (entity ? `「${entity.name}」` : '');

/** How the question was read, in the words of the question kinds. */
function interpretation(reading: Reading, table: AnswerTable): string {
  const s = reading.slots;
  const said: Record<string, string> = {
    'parks-hosting-industry': `哪些园区发展${quoted(s.industry)}`,
    'industry-regions': `哪些地区发展${quoted(s.industry)}（通过规划或园区）`,
    'park-industries': `${quoted(s.park)}发展哪些产业`,
    'region-industries': `${quoted(s.region)}发展哪些产业（通过规划或园区，含下级地区）`,
    'region-parks': `${quoted(s.region)}有哪些园区（含下级地区）`,
    'projects-of': `${quoted(s.entity)}有哪些项目`,
    'region-goals': `${quoted(s.region)}设定的目标`,
    mentions: `哪些文件提到${quoted(s.entity)}`,
    'common-ground': `${quoted(s.a)}和${quoted(s.b)}共同发展的产业与共同的指标`,
    path: `${quoted(s.from)}与${quoted(s.to)}之间的关系`,
    check:
      reading.role && s.subject?.label === 'Park'
        ? `${quoted(s.subject)}是否以${quoted(s.industry)}为${reading.role}`
        : `${quoted(s.subject)}是否发展${quoted(s.industry)}`,
  };
  const narrowed = table.narrowed.length > 0 ? `（${table.narrowed.join('，')}）` : '';
  const counted = reading.count ? `，计数：${table.count}` : '';
  return `${said[reading.kind] ?? reading.kind}${narrowed}${counted}`;
}

/** Questions it can answer about what it recognised, else the examples. */
function suggestions(entities: LinkedEntity[]): string[] {
  const forms = questionForms();
  const about = entities.flatMap((entity) =>
    (forms.suggestions[entity.label] ?? []).map((form) => form.replaceAll('{name}', entity.name)),
  );
  return [...new Set(about.length > 0 ? about : forms.examples)].slice(0, 6);
}

function notUnderstood(entities: LinkedEntity[], alternatives: Ambiguity[], why: string): AskAnswer {
  const recognised = entities.length > 0 ? `识别到：${entities.map((e) => e.name).join('、')}。` : '';
  return {
    understood: false,
    interpretation: `无法从这些文件回答：${why}${recognised}`,
    kind: null,
    entities,
    query: null,
    columns: [],
    rows: [],
    count: null,
    alternatives,
    suggestions: suggestions(entities),
    ids: entities.map((e) => e.id),
  };
}

/** Runs the reading's query against this schema and makes its table. */
async function run(
  reading: Reading,
  context: RequestContext,
  info: GraphQLResolveInfo,
  linker: EntityLinker,
) {
  const plan = answerPlan(reading);
  const result = await graphql({ schema: info.schema, source: plan.query, contextValue: context });
  if (result.errors?.length) {
    // A database error is the server's, not the question's: the client gets it as such.
    const error = result.errors[0] as GraphQLError;
    if (error.extensions?.code !== ERROR_CODES.NOT_FOUND) throw error.originalError ?? error;
    return undefined;
  }
  return { plan, table: plan.table(result.data, linker) };
}

/**
 * Industries a question's industry may be read as when nothing is said of it itself: those
 * whose names it contains (先进装备制造 → 装备制造), longest first, then the ones it is part of.
 */
function broaderIndustries(linker: EntityLinker, asked: LinkedEntity): LinkedEntity[] {
  // Every shorter stretch of the name, looked up: as fast whatever the size of the graph.
  const contained: KnownEntity[] = [];
  for (let length = asked.name.length - 1; length >= 2; length -= 1) {
    for (let start = 0; start + length <= asked.name.length; start += 1) {
      const named = linker.named(asked.name.slice(start, start + length));
      contained.push(
        ...named.filter((e) => e.label === 'Industry' && e.name === asked.name.slice(start, start + length)),
      );
    }
  }
  const parents = (linker.entity(asked.id)?.ups ?? []).flatMap((id) => linker.entity(id) ?? []);
  return [...contained, ...parents]
    .slice(0, 3)
    .map((e) => ({ text: asked.text, id: e.id, name: e.name, label: e.label }));
}

async function answer(
  reading: Reading,
  context: RequestContext,
  info: GraphQLResolveInfo,
  linker: EntityLinker,
) {
  let ran = await run(reading, context, info, linker);
  const slot = Object.entries(reading.slots).find(([, e]) => e.label === 'Industry');
  if (slot && ran && ran.table.rows.length === 0) {
    // The other industries its words may name (光伏, an alias of 新能源), then broader ones.
    const sameWords = reading.ambiguities
      .filter((a) => a.chosen.id === slot[1].id)
      .flatMap((a) => a.others.filter((e) => e.label === 'Industry'));
    for (const broader of [...sameWords, ...broaderIndustries(linker, slot[1])]) {
      const relaxed = { ...reading, slots: { ...reading.slots, [slot[0]]: broader } };
      const tried = await run(relaxed, context, info, linker);
      if (tried && tried.table.rows.length > 0) {
        tried.table.narrowed.unshift(`未见「${slot[1].name}」本身，按「${broader.name}」`);
        reading = relaxed;
        ran = tried;
        break;
      }
    }
  }
  if (!ran) return notUnderstood(reading.entities, reading.ambiguities, '问题中的名称在图中找不到。');
  const { plan, table } = ran;
  if (table.rows.length === 0) {
    return {
      ...notUnderstood(
        reading.entities,
        reading.ambiguities,
        `理解为${interpretation(reading, table)}，但这些文件中没有找到答案。`,
      ),
      kind: reading.kind,
      query: plan.query,
    };
  }
  const asked = Object.values(reading.slots).map((e) => e.id);
  return {
    understood: true,
    interpretation: interpretation(reading, table),
    kind: reading.kind,
    entities: reading.entities,
    query: plan.query,
    columns: table.columns,
    rows: table.rows,
    count: reading.count ? table.count : null,
    alternatives: reading.ambiguities,
    suggestions: [],
    ids: [...new Set([...asked, ...table.ids])],
  };
}

export const askQueries = {
  async ask(
    _parent: unknown,
    args: { question: string; prefer?: string[] | null },
    context: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<AskAnswer> {
    const question = args.question.trim();
    if (question === '' || question.length > LONGEST_QUESTION) {
      throw new GraphQLError(`Ask a question of 1 to ${LONGEST_QUESTION} characters.`, {
        extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'question' },
      });
    }
    const linker = await context.names.linker();
    const understanding = readQuestion(question, linker, questionForms(), args.prefer ?? []);
    if (!understanding.understood) {
      return notUnderstood(understanding.entities, understanding.ambiguities, understanding.why);
    }
    return answer(understanding.reading, context, info, linker);
  },
};

export const askAnswerResolvers = {
  AskAnswer: {
    async graph(parent: AskAnswer, _args: unknown, { store }: RequestContext, info: GraphQLResolveInfo) {
      const ids = parent.ids.slice(0, MAX_GRAPH_NODES);
      return {
        ...(await subgraph(store, ids, returnedProperties(info))),
        truncated: parent.ids.length > ids.length,
      };
    },
  },
};
