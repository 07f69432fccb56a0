import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import bodyParser from 'body-parser';
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
): (request: IncomingMessage, response: ServerResponse) => void {
  const readJson = bodyParser.json({ limit: MAX_BODY });
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
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const search = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: 'POST',
            headers,
            search,
            body: (request as IncomingMessage & { body?: unknown }).body,
          },
          context,
        })
        .then(async (answer) => {
          for (const [key, value] of answer.headers) response.setHeader(key, value);
          response.statusCode = answer.status ?? 200;
          if (answer.body.kind === 'complete') {
            response.end(answer.body.string);
            return;
          }
          for await (const chunk of answer.body.asyncIterator) response.write(chunk);
          response.end();
        })
        .catch((failure: unknown) => {
          console.error('unexpected error while answering a GraphQL request:', failure);
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              errors: [{ message: 'The server failed to answer this request; the error has been logged.' }],
            }),
          );
        });
    });
  };
}
