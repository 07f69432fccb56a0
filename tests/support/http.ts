/** Posts a GraphQL request over HTTP, as any client would. */
export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  headers: Headers;
  /** The body as sent, byte for byte (decoded), and parsed. */
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] };
}> {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as never };
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; stacktrace?: unknown };
}
