/**
 * GET a JSON API route and return its body, or throw an Error whose message is the server's own explanation
 * (e.g. "The graph database is unavailable…"), so the page can say what happened.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error('The newsgraph server could not be reached. Is it still running?', { cause: error });
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`);
  return body;
}
