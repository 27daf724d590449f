/**
 * Which setup checks pass, from what the store holds: the redirect URI (the builder's problems), the
 * client JSON (its kept facts against that URI) and the consent screen (the predicted refusals). Pure.
 */

import { clientIdFormatOk } from "../../core/client-json/client-json.ts";
import { choicesFromForm, predictConsent } from "../../core/consent/predict.ts";
import type { StoredClient, WizardState } from "./store.ts";

export type CheckStatus = "pass" | "fail" | "todo";
export const CHECKS = ["redirect", "client", "consent"] as const;
export type CheckName = (typeof CHECKS)[number];

/**
 * The client JSON check from the kept facts alone, as the checker's lines judge them (a test holds
 * the two together): a Desktop client or a malformed ID fails, then the builder's URI must be
 * registered exactly. Kept small so the panel does not ship the checker's line logic.
 */
export function clientStatus(client: StoredClient | undefined, uri: string | undefined): CheckStatus {
  if (!client) return "todo";
  if (client.type !== "web" || !client.clientId || !clientIdFormatOk(client.clientId)) return "fail";
  if (!uri) return "todo";
  return client.redirectUris.includes(uri) ? "pass" : "fail";
}

export function progressOf(state: WizardState): Record<CheckName, CheckStatus> {
  const problems = state.redirect?.problems;
  const redirect: CheckStatus = !state.odooUrl.trim() || !problems ? "todo" : problems.length > 0 ? "fail" : "pass";

  const client = clientStatus(state.client, state.redirect?.uri);

  const prediction = predictConsent(choicesFromForm(state.consent));
  const consent: CheckStatus =
    prediction.findings.length > 0
      ? "fail"
      : prediction.access === "unknown" || prediction.testUser === "unknown"
        ? "todo"
        : "pass";
  return { redirect, client, consent };
}
