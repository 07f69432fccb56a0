/** Posts a GraphQL request over HTTP, as any client would. */
export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] } }> {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; stacktrace?: unknown };
}
