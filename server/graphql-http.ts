import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import bodyParser from 'body-parser';
import { LRUCache } from 'lru-cache';
import { bodyRefusal, ERROR_CODES } from './errors.ts';
import { MAX_BODY } from './limits.ts';

/**
 * GraphQL over plain Node HTTP, the way Apollo's own standalone server does it: body-parser
 * reads the JSON body (with our size limit), Apollo answers. POST requests — what GraphQL
 * clients and the viewer send — take this path instead of Express: on this machine Express's
 * routing costs more than Apollo itself (a trivial query: 1,500–1,900 requests/s through
 * Express, 3,900–4,400 through this; see docs/api.md).
 */
export function graphqlPostHandler<Context extends object>(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  reuse?: AnswerReuse,
): (request: IncomingMessage, response: ServerResponse) => void {
  const readJson = bodyParser.json({ limit: MAX_BODY });
  const answers = reuse ? keptAnswers() : undefined;
  return (request, response) => {
    readJson(request, response, (error?: unknown) => {
      if (error) {
        const { status, body } = bodyRefusal(error) ?? {
          status: 400,
          body: {
            errors: [
              {
                message: 'The request body could not be read.',
                extensions: { code: ERROR_CODES.BAD_USER_INPUT },
              },
            ],
          },
        };
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
        return;
      }
      const body = (request as IncomingMessage & { body?: unknown }).body;
      if (reuse && answers) {
        answerOrKeep(apollo, context, request, response, body, reuse, answers);
        return;
      }
      answer(apollo, context, request, body)
        .then((answered) => send(response, answered))
        .catch(failed(response));
    });
  };
}

/** What the server may reuse whole answers by: the graph they were made from. */
export interface AnswerReuse {
  /** The graph's fingerprint; a kept answer is for the graph it was made from only. */
  graphVersion: () => Promise<string>;
}

/** An answer as sent: status, headers and the complete body. */
interface Answer {
  status: number;
  headers: [string, string][];
  body: string | AsyncIterable<string>;
}

/** An answer kept to be sent again, and when it was made. */
interface KeptAnswer extends Answer {
  body: string;
  keptAt: number;
}

/** At most 5,000 answers and 64 MB of them, each for as long as its Cache-Control says. */
function keptAnswers(): LRUCache<string, KeptAnswer> {
  return new LRUCache<string, KeptAnswer>({
    max: 5_000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (kept) => kept.body.length * 2 + 256,
  });
}

/**
 * Answers a question asked before, on the same graph, with the bytes sent then; otherwise
 * asks Apollo and keeps the answer when Apollo's cache-control policy calls it public and
 * gives it a max-age (a query answered without errors; see answerReuse in app.ts). Sending
 * the kept bytes spares GraphQL execution and JSON (de)serialization, which for a 16 kB
 * answer cost most of the server's time even when Apollo's response cache had the answer.
 */
function answerOrKeep<Context extends object>(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown,
  reuse: AnswerReuse,
  answers: LRUCache<string, KeptAnswer>,
): void {
  reuse
    .graphVersion()
    .then(async (graphVersion) => {
      const key = `${graphVersion}\u0000${request.headers.accept ?? ''}\u0000${request.url ?? ''}\u0000${JSON.stringify(body)}`;
      const kept = answers.get(key);
      if (kept) {
        await send(response, kept, [['age', String(Math.floor((Date.now() - kept.keptAt) / 1000))]]);
        return;
      }
      const answered = await answer(apollo, context, request, body);
      const maxAge = publicMaxAge(answered);
      if (maxAge > 0 && typeof answered.body === 'string') {
        answers.set(
          key,
          { status: answered.status, headers: answered.headers, body: answered.body, keptAt: Date.now() },
          { ttl: maxAge * 1000 },
        );
      }
      await send(response, answered);
    })
    .catch(failed(response));
}

/** Seconds an answer may be reused by anyone, from its Cache-Control header; 0 if not. */
function publicMaxAge(answered: Answer): number {
  if (answered.status !== 200) return 0;
  const cacheControl = answered.headers.find(([name]) => name.toLowerCase() === 'cache-control')?.[1] ?? '';
  const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl);
  return maxAge && /(?:^|,)\s*public\b/.test(cacheControl) ? Number(maxAge[1]) : 0;
}

async function answer<Context extends object>(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  request: IncomingMessage,
  body: unknown,
): Promise<Answer> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const search = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const answered = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search, body },
    context,
  });
  return {
    status: answered.status ?? 200,
    headers: [...answered.headers],
    body: answered.body.kind === 'complete' ? answered.body.string : answered.body.asyncIterator,
  };
}

async function send(response: ServerResponse, answered: Answer, extraHeaders: [string, string][] = []) {
  for (const [key, value] of answered.headers) response.setHeader(key, value);
  for (const [key, value] of extraHeaders) response.setHeader(key, value);
  response.statusCode = answered.status;
  if (typeof answered.body === 'string') {
    response.end(answered.body);
    return;
  }
  for await (const chunk of answered.body) response.write(chunk);
  response.end();
}

function failed(response: ServerResponse): (failure: unknown) => void {
  return (failure) => {
    console.error('unexpected error while answering a GraphQL request:', failure);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        errors: [{ message: 'The server failed to answer this request; the error has been logged.' }],
      }),
    );
  };
}
