/**
 * Calls `POST /api/diagnose` for the form. The answer is either the diagnosis or a failure carrying
 * the HTTP status (0 when the service could not be reached) and the problem's localized `detail`.
 */
import type { Diagnosis } from "../../core/diagnose/diagnose.ts";
import { apiJson, type Failure } from "../shared/fetch.ts";
import type { DiagnoseBody } from "./request.ts";

export type Outcome = { ok: true; diagnosis: Diagnosis } | Failure;

function isDiagnosis(value: unknown): value is Diagnosis {
  return typeof value === "object" && value !== null && Array.isArray((value as Diagnosis).findings);
}

export async function requestDiagnosis(body: DiagnoseBody, fetcher: typeof fetch = fetch): Promise<Outcome> {
  // `?lang=` also localizes the problems the API raises before it reads the body.
  const answer = await apiJson(`/api/diagnose?lang=${body.lang}`, isDiagnosis, { method: "POST", body }, fetcher);
  return answer.ok ? { ok: true, diagnosis: answer.value } : answer;
}
