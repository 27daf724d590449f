/**
 * The diagnostics engine: evidence in, ranked findings out, in English or Italian, with the one most
 * likely root cause (`primary`), the findings it explains grouped right under it, how directly the
 * evidence shows it (`confidence`), and, when two causes fit equally, the question that decides.
 * Pure and synchronous, shared by POST /api/diagnose and the browser; input sizes are bounded by the caller.
 */
import { consoleRefusal, googleTextSignals, sentRedirectUri } from "../evidence/google-text.ts";
import { normalizeText } from "../evidence/normalize.ts";
import { odooTextSignals, otherFeatureTextSignals } from "../evidence/odoo-text.ts";
import { smtpTextSignals } from "../evidence/smtp-text.ts";
import { unreachableCallbackSignals, urlSignals, urlsIn } from "../evidence/url-signals.ts";
import { webServerSignals } from "../evidence/web-server-text.ts";
import { catalogEntry } from "../findings/catalog.ts";
import { FINDING_FACTS } from "../findings/facts.ts";
import type { FindingId, Severity } from "../findings/ids.ts";
import type { Lang } from "../lang.ts";
import type { Evidence } from "./evidence.ts";
import { HINTS, showsWorkingStep } from "./hints.ts";
import { probeSignals, withProbeFacts } from "./probe-evidence.ts";
import { type Question, type QuestionKey, question, questionLeadsTo } from "./questions.ts";
import { explainedBy, mergeSignals, type RankedFinding, rank } from "./rank.ts";
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
  /** The findings below that this one accounts for. */
  explains?: FindingId[];
}

export type Confidence = "high" | "medium" | "low";

export interface Diagnosis {
  lang: Lang;
  findings: Finding[];
  hint?: string;
  /** The one root cause, when the evidence points to one. */
  primary?: FindingId;
  /** How directly the evidence shows the primary cause. */
  confidence?: Confidence;
  /** When two causes fit equally: the single fact that decides. */
  question?: Question;
}

/** Longest text the engine reads; the API refuses longer input before it gets here. */
export const MAX_TEXT = 20_000;

const CALLBACK = /google_gmail\/confirm/i;

function textSignals(text: string, evidence: Evidence): Signal[] {
  const method =
    evidence.smtp?.authentication === "login"
      ? "password"
      : evidence.smtp?.authentication === "gmail"
        ? "xoauth2"
        : "unknown";
  const atCallback = CALLBACK.test(text) || CALLBACK.test(evidence.url ?? "");
  return [
    ...googleTextSignals(text),
    ...odooTextSignals(text),
    ...smtpTextSignals(text, method),
    ...webServerSignals(text, atCallback),
    ...otherFeatureTextSignals(text),
  ];
}

export function collectSignals(given: Evidence): Signal[] {
  const evidence = withProbeFacts(given);
  const text = normalizeText((evidence.errorText ?? "").slice(0, MAX_TEXT));
  const reported: Signal[] = [];
  const sent: string[] = [];
  const registered: string[] = [];
  const clientIds: string[] = [];

  if (text) {
    reported.push(...textSignals(text, evidence));
    const named = sentRedirectUri(text);
    if (named) sent.push(named);
  }
  const inText = urlsIn(text);
  // The Cloud console refused a URI typed into the client: the URI quoted with it is a registered one.
  if (consoleRefusal(text)) registered.push(...inText.filter((u) => !/^https?:\/\/[^/]*google\.com\//i.test(u)));
  const urls = [...(evidence.url ? [evidence.url.slice(0, 8_000)] : []), ...inText];
  for (const url of new Set(urls)) {
    const found = urlSignals(url);
    reported.push(...found.signals);
    sent.push(...found.sentRedirectUris);
    clientIds.push(...found.clientIds);
  }
  reported.push(...unreachableCallbackSignals(urls, text));
  const signals: Signal[] = reported.map((s) => ({ ...s, reported: true }));

  const client = clientSignals(evidence);
  // A client ID read from a pasted address is often cut short: what it suggests is only a guess.
  const fromUrl = clientIds[0] && !evidence.clientId ? clientSignals({ clientId: clientIds[0] }).signals : [];
  signals.push(
    ...client.signals,
    ...fromUrl.map((s) => ({ ...s, guess: true })),
    ...consentSignals(evidence),
    ...smtpSignals(evidence),
    ...versionSignals(evidence),
  );
  registered.push(...client.registeredUris, ...(evidence.redirectUri ? [evidence.redirectUri.slice(0, 2_000)] : []));
  const redirect: Parameters<typeof redirectSignals>[0] = { registered, sent };
  if (evidence.odooUrl) redirect.odooUrl = evidence.odooUrl.slice(0, 2_000);
  if (evidence.odooVersion) redirect.odooVersion = evidence.odooVersion;
  // A probe of the Odoo instance observed its findings: they count as what the user saw.
  const probed = probeSignals(evidence.probe).map((s) => ({ ...s, reported: true }));
  signals.push(...redirectSignals(redirect), ...probed, ...inferredSignals([...signals, ...probed], evidence));
  return signals;
}

/** Causes that follow from two pieces of evidence together. */
function inferredSignals(signals: Signal[], evidence: Evidence): Signal[] {
  const testing = evidence.consent?.publishingStatus === "testing" && evidence.consent.userType !== "internal";
  const refreshFailed = signals.some((s) => s.id === "refresh-token-invalid" && s.severity === undefined);
  // A refresh refused for an External app in Testing: the seven-day expiry is the likely cause.
  return testing && refreshFailed
    ? [{ id: "testing-token-expired", evidence: "publishingStatus: testing", boost: 5 }]
    : [];
}

export interface AnalyzedFinding extends RankedFinding {
  explains?: FindingId[];
}

export interface Analysis {
  findings: AnalyzedFinding[];
  primary?: FindingId;
  confidence?: Confidence;
  question?: QuestionKey;
}

/** A root cause is an error, or a warning about something the user saw fail (a Cancel, say). */
function isRootCause(finding: RankedFinding | undefined): finding is RankedFinding {
  return (
    finding !== undefined && (finding.severity === "error" || (finding.severity === "warning" && finding.reported))
  );
}

function confidenceOf(primary: RankedFinding, group: ReadonlySet<FindingId>, findings: RankedFinding[]): Confidence {
  if (primary.guess) return "low";
  const competing = findings.some(
    (f) =>
      !group.has(f.id) &&
      f.tier === 0 &&
      f.severity === "error" &&
      !(FINDING_FACTS[f.id].explains ?? []).includes(primary.id),
  );
  if (primary.strength >= 3) return competing ? "medium" : "high";
  return competing ? "low" : "medium";
}

/**
 * The ranked findings with the primary cause first and the findings it explains right under it, each
 * finding's explained findings, the confidence, and the question when two causes fit equally.
 */
export function analyze(evidence: Evidence, lang: Lang): Analysis {
  const ranked = rank(mergeSignals(collectSignals(evidence), lang));
  const top = ranked[0];
  if (!isRootCause(top)) return { findings: ranked };
  const grouped = explainedBy(top, ranked);
  const ordered: AnalyzedFinding[] = [
    top,
    ...ranked.filter((f) => grouped.includes(f.id)),
    ...ranked.filter((f) => f !== top && !grouped.includes(f.id)),
  ];
  const findings = ordered.map((finding, index) => {
    const later = new Set(ordered.slice(index + 1).map((f) => f.id));
    const explains = explainedBy(finding, ordered).filter((id) => later.has(id));
    return explains.length > 0 ? { ...finding, explains } : finding;
  });
  const analysis: Analysis = { findings, primary: top.id };
  const present = new Set(ordered.map((f) => f.id));
  if (top.ask && questionLeadsTo(top.ask).every((id) => present.has(id))) {
    analysis.question = top.ask;
    analysis.confidence = "low";
  } else analysis.confidence = confidenceOf(top, new Set([top.id, ...grouped]), ordered);
  return analysis;
}

/** What to say besides the findings: which evidence would help, or that nothing is wrong. */
export function diagnosisHint(analysis: Analysis, lang: Lang, evidence: Evidence): string | undefined {
  const { findings, primary } = analysis;
  if (findings.length === 0) return HINTS.text(lang, showsWorkingStep(evidence.errorText) ? "working" : "no-finding");
  if (primary === undefined && !findings.some((f) => f.severity === "error")) return HINTS.text(lang, "healthy");
  return undefined;
}

export function diagnose(evidence: Evidence, lang: Lang): Diagnosis {
  const analysis = analyze(evidence, lang);
  const findings = analysis.findings.map(({ id, severity, evidence: lines, explains }) => {
    const finding: Finding = { ...catalogEntry(id, lang), severity, evidence: lines };
    if (explains) finding.explains = explains;
    return finding;
  });
  const diagnosis: Diagnosis = { lang, findings };
  const hint = diagnosisHint(analysis, lang, evidence);
  if (hint !== undefined) diagnosis.hint = hint;
  if (analysis.primary) diagnosis.primary = analysis.primary;
  if (analysis.confidence) diagnosis.confidence = analysis.confidence;
  if (analysis.question) diagnosis.question = question(analysis.question, lang);
  return diagnosis;
}

/** The findings the evidence supports, most likely root cause first, before the catalog text is attached. */
export function rankedFindings(evidence: Evidence, lang: Lang): AnalyzedFinding[] {
  return analyze(evidence, lang).findings;
}
