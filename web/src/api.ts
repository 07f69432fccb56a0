/** The viewer's one way to the data: GraphQL over HTTP on the same origin. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('./graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('无法连接服务器 · The API server is not reachable.', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const firstError = body?.errors?.[0];
  if (firstError) throw new ApiError(firstError.message, firstError.extensions?.code ?? 'UNKNOWN');
  if (!response.ok || !body?.data) throw new ApiError(`The API answered HTTP ${response.status}.`, 'HTTP');
  return body.data;
}
