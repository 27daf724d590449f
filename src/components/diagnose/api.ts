/**
 * Calls `POST /api/diagnose` for the form. The answer is either the diagnosis or a failure carrying
 * the HTTP status (0 when the service could not be reached) and the problem's localized `detail`.
 */
import type { Diagnosis } from "../../core/diagnose/diagnose.ts";
import type { DiagnoseBody } from "./request.ts";

export type Outcome = { ok: true; diagnosis: Diagnosis } | { ok: false; status: number; detail?: string };

const TIMEOUT_MS = 15_000;

function isDiagnosis(value: unknown): value is Diagnosis {
  return typeof value === "object" && value !== null && Array.isArray((value as Diagnosis).findings);
}

async function problemDetail(response: Response): Promise<string | undefined> {
  try {
    const problem: unknown = await response.json();
    const detail = (problem as { detail?: unknown } | null)?.detail;
    return typeof detail === "string" ? detail : undefined;
  } catch {
    return undefined;
  }
}

export async function requestDiagnosis(body: DiagnoseBody, fetcher: typeof fetch = fetch): Promise<Outcome> {
  let response: Response;
  try {
    // `?lang=` also localizes the problems the API raises before it reads the body.
    response = await fetcher(`/api/diagnose?lang=${body.lang}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, application/problem+json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { ok: false, status: 0 };
  }
  if (!response.ok) {
    const detail = await problemDetail(response);
    return detail === undefined
      ? { ok: false, status: response.status }
      : { ok: false, status: response.status, detail };
  }
  try {
    const diagnosis: unknown = await response.json();
    if (isDiagnosis(diagnosis)) return { ok: true, diagnosis };
  } catch {
    // An unreadable answer is reported like any other server failure below.
  }
  return { ok: false, status: response.status };
}
