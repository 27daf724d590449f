/**
 * The diagnostics engine: evidence in, ranked findings out, in English or Italian. Pure and
 * synchronous, shared by POST /api/diagnose and the browser; input sizes are bounded by the caller.
 */
import { googleTextSignals, sentRedirectUri } from "../evidence/google-text.ts";
import { odooTextSignals } from "../evidence/odoo-text.ts";
import { smtpTextSignals } from "../evidence/smtp-text.ts";
import { urlSignals, urlsIn } from "../evidence/url-signals.ts";
import { catalogEntry } from "../findings/catalog.ts";
import type { FindingId, Severity } from "../findings/ids.ts";
import type { Lang } from "../lang.ts";
import type { Evidence } from "./evidence.ts";
import { HINTS, showsWorkingStep } from "./hints.ts";
import { probeSignals, withProbeFacts } from "./probe-evidence.ts";
import { mergeSignals, type RankedFinding, rank } from "./rank.ts";
import { redirectSignals } from "./redirect-analysis.ts";
import type { Signal } from "./signal.ts";
import { clientSignals, consentSignals, smtpSignals, versionSignals } from "./structured-signals.ts";

export interface Finding {
  id: FindingId;
  severity: Severity;
  title: string;
  explanation: string;
  fix: string[];
  docs: string;
  evidence: string[];
}

export interface Diagnosis {
  lang: Lang;
  findings: Finding[];
  hint?: string;
}

/** Longest text the engine reads; the API refuses longer input before it gets here. */
export const MAX_TEXT = 20_000;

export function collectSignals(given: Evidence): Signal[] {
  const evidence = withProbeFacts(given);
  const text = (evidence.errorText ?? "").slice(0, MAX_TEXT);
  const signals: Signal[] = [];
  const sent: string[] = [];
  const clientIds: string[] = [];

  if (text) {
    signals.push(...googleTextSignals(text), ...odooTextSignals(text));
    const method =
      evidence.smtp?.authentication === "login"
        ? "password"
        : evidence.smtp?.authentication === "gmail"
          ? "xoauth2"
          : "unknown";
    signals.push(...smtpTextSignals(text, method));
    const named = sentRedirectUri(text);
    if (named) sent.push(named);
  }
  const urls = [...(evidence.url ? [evidence.url.slice(0, 8_000)] : []), ...urlsIn(text)];
  for (const url of new Set(urls)) {
    const found = urlSignals(url);
    signals.push(...found.signals);
    sent.push(...found.sentRedirectUris);
    clientIds.push(...found.clientIds);
  }

  const client = clientSignals(
    clientIds.length && !evidence.clientId ? { ...evidence, clientId: clientIds[0] ?? "" } : evidence,
  );
  signals.push(...client.signals, ...consentSignals(evidence), ...smtpSignals(evidence), ...versionSignals(evidence));
  const registered = [
    ...client.registeredUris,
    ...(evidence.redirectUri ? [evidence.redirectUri.slice(0, 2_000)] : []),
  ];
  const redirect: Parameters<typeof redirectSignals>[0] = { registered, sent };
  if (evidence.odooUrl) redirect.odooUrl = evidence.odooUrl.slice(0, 2_000);
  if (evidence.odooVersion) redirect.odooVersion = evidence.odooVersion;
  signals.push(...redirectSignals(redirect), ...probeSignals(evidence.probe));
  return signals;
}

/** The findings the evidence supports, most likely root cause first, before the catalog text is attached. */
export function rankedFindings(evidence: Evidence, lang: Lang): RankedFinding[] {
  return rank(mergeSignals(collectSignals(evidence), lang));
}

/** What to say besides the findings: which evidence would help, or that nothing is wrong. */
export function diagnosisHint(
  findings: readonly { severity: Severity }[],
  lang: Lang,
  evidence: Evidence,
): string | undefined {
  if (findings.length === 0) return HINTS.text(lang, showsWorkingStep(evidence.errorText) ? "working" : "no-finding");
  if (!findings.some((f) => f.severity === "error")) return HINTS.text(lang, "healthy");
  return undefined;
}

export function diagnose(evidence: Evidence, lang: Lang): Diagnosis {
  const findings = rankedFindings(evidence, lang).map(({ id, severity, evidence: lines }) => ({
    ...catalogEntry(id, lang),
    severity,
    evidence: lines,
  }));
  const diagnosis: Diagnosis = { lang, findings };
  const hint = diagnosisHint(findings, lang, evidence);
  if (hint !== undefined) diagnosis.hint = hint;
  return diagnosis;
}
