/**
 * Progress from what the store holds. The setup checks: the redirect URI (the builder's problems), the
 * client JSON (its kept facts against that URI) and the consent screen (the predicted refusals). The
 * journey: each page's ticks, those checks and the last live test. Pure.
 */

import { clientIdFormatOk } from "../../core/client-json/client-json.ts";
import { choicesFromForm, predictConsent } from "../../core/consent/predict.ts";
import { type StoredClient, TICKS, type TickId, type TickPage, type WizardState } from "./store.ts";

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

/** The journey's pages in the order of the work (their slugs). */
export const JOURNEY = ["before-you-start", "google-setup", "odoo-setup", "live-test", "done"] as const;
export type JourneyStep = (typeof JOURNEY)[number];

/**
 * Where one journey step stands: `todo` (nothing yet), `started`, `done` or `fail` (something needs a
 * fix), with the count behind it: ticks, passing checks, or for the live test its last result.
 */
export interface StepProgress {
  status: "todo" | "started" | "done" | "fail";
  done: number;
  total: number;
}

const counted = (done: number, total: number, failed = false): StepProgress => ({
  status: failed ? "fail" : done === total ? "done" : done > 0 ? "started" : "todo",
  done,
  total,
});

/** Each journey step's progress from what this browser keeps. Pure. */
export function journeyProgress(state: WizardState): Record<JourneyStep, StepProgress> {
  const ticked = (page: TickPage) => TICKS[page].filter((name) => state.ticks.includes(`${page}.${name}` as TickId));
  const checks = progressOf(state);
  const passing = CHECKS.filter((check) => checks[check] === "pass").length;
  const live = state.liveTest;
  const livePassed = live !== undefined && live.status !== "failed";
  return {
    "before-you-start": counted(ticked("before").length, TICKS.before.length),
    "google-setup": counted(
      passing,
      CHECKS.length,
      CHECKS.some((check) => checks[check] === "fail"),
    ),
    "odoo-setup": counted(ticked("odoo").length, TICKS.odoo.length),
    "live-test": live ? counted(livePassed ? 1 : 0, 1, !livePassed) : counted(0, 1),
    done: counted(livePassed && !live?.practice ? 1 : 0, 1),
  };
}
