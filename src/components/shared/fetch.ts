/**
 * The one way the islands call this site's API: JSON in and out, one time-out for every call, and a
 * failure as `{ ok: false, status, detail }` (status 0 when the server could not be reached or the
 * call was aborted; `detail` is the problem's localized sentence, RFC 9457). Same-origin, so the
 * browser sends the live test's cookie and the Origin header the server checks.
 */

/** Every API call gives up after this long (the live test's progress stream is not a call). */
export const API_TIMEOUT_MS = 20_000;

export interface Failure {
  ok: false;
  status: number;
  detail?: string;
}

export type Fetched = { ok: true; response: Response } | Failure;

export interface ApiRequest {
  method?: "GET" | "POST";
  /** Sent as JSON. */
  body?: unknown;
  accept?: string;
  /** The caller's own abort signal (a newer input supersedes an older request). */
  signal?: AbortSignal | undefined;
}

async function failure(response: Response): Promise<Failure> {
  try {
    const problem = (await response.json()) as { detail?: unknown } | null;
    if (typeof problem?.detail === "string") return { ok: false, status: response.status, detail: problem.detail };
  } catch {
    // No readable problem: the status alone explains it.
  }
  return { ok: false, status: response.status };
}

export async function apiFetch(url: string, request: ApiRequest = {}, fetcher: typeof fetch = fetch): Promise<Fetched> {
  const headers: Record<string, string> = { accept: request.accept ?? "application/json, application/problem+json" };
  const timeout = AbortSignal.timeout(API_TIMEOUT_MS);
  const init: RequestInit = {
    method: request.method ?? "GET",
    headers,
    signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
  };
  if (request.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(request.body);
  }
  try {
    const response = await fetcher(url, init);
    return response.ok ? { ok: true, response } : await failure(response);
  } catch {
    return { ok: false, status: 0 };
  }
}

/** The answer's JSON when the call succeeded and `accept` says it has the expected shape. */
export async function apiJson<T>(
  url: string,
  accept: (value: unknown) => value is T,
  request: ApiRequest = {},
  fetcher: typeof fetch = fetch,
): Promise<({ ok: true } & { value: T }) | Failure> {
  const fetched = await apiFetch(url, request, fetcher);
  if (!fetched.ok) return fetched;
  try {
    const value: unknown = await fetched.response.json();
    if (accept(value)) return { ok: true, value };
  } catch {
    // An unreadable answer is reported like any other unusable one.
  }
  return { ok: false, status: fetched.response.status };
}
