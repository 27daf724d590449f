/**
 * The `preflight` step: what can be checked before Google is contacted, with the same core rules as
 * /api/diagnose — the client JSON (a Desktop client cannot serve Odoo; the redirect URI should be
 * registered), the ID and secret formats, and the redirect URI against Google's and Odoo's rules.
 * Only what makes the test meaningless stops the run (Desktop client, out-of-band or unusable URI);
 * everything else is a warning, since Google's own answer decides.
 */
import { CLIENT_ID_FORMAT, type ClientJson, SECRET_FORMAT } from "../../src/core/client-json/client-json.ts";
import { reasonPhrase, renderEvidence } from "../../src/core/diagnose/evidence-text.ts";
import type { FindingId } from "../../src/core/findings/ids.ts";
import type { Lang } from "../../src/core/lang.ts";
import { checkOdooRedirectUri, googleRuleProblems } from "../../src/core/redirect-uri/rules.ts";
import { findingOf } from "./finding-map.ts";
import type { Mode, StepOutcome } from "./model.ts";
import { stepText } from "./step-text.ts";

export interface PreflightInput {
  mode: Mode;
  clientId: string;
  clientSecret: string;
  clientJson: ClientJson | undefined;
  redirectUri: string;
  /** The path an Odoo 19.0 keeps from web.base.url, when known (the sandbox's practice Odoo). */
  odooBasePath?: string | undefined;
  lang: Lang;
}

interface Problem {
  id: FindingId;
  evidence: string;
  blocking: boolean;
}

const BLOCKING_URI_REASONS = ["oob", "not-an-absolute-url", "scheme"];

function problemsOf(input: PreflightInput): Problem[] {
  const { lang } = input;
  const problems: Problem[] = [];
  const json = input.clientJson;
  if (json?.type === "installed") {
    problems.push({ id: "client-type-desktop", evidence: stepText(lang, "evidence.desktop-json"), blocking: true });
  } else if (json && json.redirectUris.length > 0 && !json.redirectUris.includes(input.redirectUri)) {
    problems.push({
      id: "redirect-uri-mismatch",
      evidence: stepText(lang, "evidence.not-registered", {
        uri: input.redirectUri,
        registered: json.redirectUris.join(", "),
      }),
      blocking: false,
    });
  }
  if (!CLIENT_ID_FORMAT.test(input.clientId)) {
    problems.push({ id: "client-id-malformed", evidence: `client ID: ${input.clientId}`, blocking: false });
  }
  if (!SECRET_FORMAT.test(input.clientSecret)) {
    problems.push({
      id: "client-secret-malformed",
      evidence: stepText(lang, "evidence.secret-format"),
      blocking: false,
    });
  }
  const uriProblems =
    input.mode === "odoo"
      ? checkOdooRedirectUri(input.redirectUri, input.odooBasePath)
      : googleRuleProblems(input.redirectUri);
  for (const problem of uriProblems) {
    problems.push({
      id: problem.id,
      evidence: `${input.redirectUri} (${renderEvidence(reasonPhrase(problem.reason), lang)})`,
      blocking: BLOCKING_URI_REASONS.includes(problem.reason),
    });
  }
  return problems;
}

export function preflight(input: PreflightInput): StepOutcome {
  const { lang } = input;
  const problems = problemsOf(input);
  const details = [stepText(lang, "detail.redirect-uri", { uri: input.redirectUri })];
  if (input.mode === "direct") details.push(stepText(lang, "detail.add-callback", { uri: input.redirectUri }));
  const top = problems.find((p) => p.blocking) ?? problems[0];
  if (!top) return { status: "passed", result: stepText(lang, "preflight.passed"), details };
  const blocking = top.blocking;
  const finding = findingOf(
    top.id,
    lang,
    problems.filter((p) => p.id === top.id).map((p) => p.evidence),
    blocking ? "error" : "warning",
  );
  for (const other of problems) {
    if (other.id === top.id) continue;
    details.push(stepText(lang, "detail.finding", { title: findingOf(other.id, lang, []).title }));
  }
  return {
    status: blocking ? "failed" : "warning",
    result: stepText(lang, blocking ? "preflight.failed" : "preflight.warning"),
    details: [...new Set(details)],
    finding,
  };
}
