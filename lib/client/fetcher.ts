/** One error for every failed API call, carrying the API's `{code, description}`. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(`${description} (HTTP ${status})`);
    this.name = 'ApiRequestError';
  }
}

/**
 * The shared fetcher: JSON on success, ApiRequestError otherwise (including network failure,
 * reported as status 0 so the UI can say "the atlas server did not answer").
 */
export async function fetcher<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  } catch {
    throw new ApiRequestError(0, 'NetworkError', 'The atlas server did not answer');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; description?: string } | null;
    throw new ApiRequestError(response.status, body?.code ?? 'HttpError', body?.description ?? response.statusText);
  }
  return (await response.json()) as T;
}
