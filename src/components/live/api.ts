/**
 * The island's calls to /api/live on this site's own server: start a run, read it, paste back an
 * address or an error, send the test email and fetch the Markdown report. Each answer is the value or a
 * failure with the HTTP status (0 when the server could not be reached) and the problem's `detail`.
 * Requests are same-origin, so the browser sends the run cookie and the Origin header the server checks.
 */
import type { Lang } from "../../core/lang.ts";
import { type ApiRequest, apiFetch, type Failure } from "../shared/fetch.ts";
import type { StartBody } from "./start-body.ts";
import { isRun, type Run } from "./types.ts";

export type { Failure };
export type Outcome<T> = ({ ok: true } & T) | Failure;

/** A started run: where to send the browser, and the run itself (already over when the preflight failed). */
export interface Started {
  id: string;
  authUrl: string;
  run?: Run;
}

export type PasteBody = { url: string } | { text: string };

export const runPath = (id: string): string => `/api/live/${encodeURIComponent(id)}`;
export const eventsUrl = (id: string): string => `${runPath(id)}/events`;
export const reportUrl = (id: string, format: "json" | "md", lang: Lang): string =>
  `${runPath(id)}/report?format=${format}&lang=${lang}`;

async function call(fetcher: typeof fetch, url: string, request: ApiRequest): Promise<Response | Failure> {
  const fetched = await apiFetch(url, request, fetcher);
  return fetched.ok ? fetched.response : fetched;
}

async function readRun(response: Response | Failure): Promise<Outcome<{ run: Run }>> {
  if (!(response instanceof Response)) return response;
  try {
    const run: unknown = await response.json();
    if (isRun(run)) return { ok: true, run };
  } catch {
    // Reported below like any other unusable answer.
  }
  return { ok: false, status: response.status };
}

export async function startRun(body: StartBody, fetcher: typeof fetch = fetch): Promise<Outcome<Started>> {
  const response = await call(fetcher, `/api/live/start?lang=${body.lang}`, { method: "POST", body });
  if (!(response instanceof Response)) return response;
  try {
    const started = (await response.json()) as { id?: unknown; authUrl?: unknown; run?: unknown } | null;
    if (typeof started?.id === "string" && typeof started.authUrl === "string") {
      const { id, authUrl, run } = started;
      return isRun(run) ? { ok: true, id, authUrl, run } : { ok: true, id, authUrl };
    }
  } catch {
    // Reported below.
  }
  return { ok: false, status: response.status };
}

export async function fetchRun(id: string, lang: Lang, fetcher: typeof fetch = fetch): Promise<Outcome<{ run: Run }>> {
  return readRun(await call(fetcher, `${runPath(id)}?lang=${lang}`, { method: "GET" }));
}

/** Pastes the address of Odoo's Forbidden page, or Google's error text or page address. */
export async function pasteBack(
  id: string,
  body: PasteBody,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<Outcome<object>> {
  const response = await call(fetcher, `${runPath(id)}/paste?lang=${lang}`, { method: "POST", body });
  return response instanceof Response ? { ok: true } : response;
}

export async function sendTest(id: string, lang: Lang, fetcher: typeof fetch = fetch): Promise<Outcome<object>> {
  const response = await call(fetcher, `${runPath(id)}/send-test?lang=${lang}`, { method: "POST", body: {} });
  return response instanceof Response ? { ok: true } : response;
}

export async function fetchReport(
  id: string,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<Outcome<{ markdown: string }>> {
  const response = await call(fetcher, reportUrl(id, "md", lang), {
    method: "GET",
    accept: "text/markdown, application/problem+json",
  });
  if (!(response instanceof Response)) return response;
  try {
    return { ok: true, markdown: await response.text() };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** A pasted value: an address when it looks like one, otherwise the error text. */
export function pasteBody(value: string): PasteBody {
  const trimmed = value.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) ? { url: trimmed } : { text: trimmed };
}
