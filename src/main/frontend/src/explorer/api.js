// The one way the explorer talks to the service: a POST of a GraphQL document to /graphql, as any client would.
// An answer with errors becomes an ApiError carrying each error's message and `extensions.classification`.

export class ApiError extends Error {
  constructor(message, errors = [], status = 0) {
    super(message);
    this.name = 'ApiError';
    this.errors = errors;
    this.status = status;
  }

  /** The classifications of the errors ("NOT_FOUND", "BAD_REQUEST"), without repeats. */
  get classifications() {
    return [...new Set(this.errors.map((e) => e.extensions?.classification).filter(Boolean))];
  }
}

export const ENDPOINT = '/graphql';

/**
 * Runs a query and resolves to its `data`. Rejects with an ApiError when the service answers errors (even beside
 * partial data: the views show facts only when the whole answer is sound), an HTTP error, or not at all.
 */
export async function query(document, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(`The service did not answer (${e.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below from the HTTP status
  }
  if (body?.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('\n'), body.errors, response.status);
  }
  if (!response.ok || !body || !('data' in body)) {
    throw new ApiError(`The service answered HTTP ${response.status} ${response.statusText}.`, [], response.status);
  }
  return body.data;
}
