/**
 * Failures of the live test as catalog findings, in the run's language: Google's token-endpoint
 * answers through the same text parser as /api/diagnose, SMTP errors through the SMTP reply parser,
 * time-outs, 5xx answers and network errors as google-unavailable or smtp-unreachable. Evidence is a
 * short redacted excerpt; nothing here keeps or logs the error itself.
 */
import type { Finding } from "../../src/core/diagnose/diagnose.ts";
import { mergeSignals, rank } from "../../src/core/diagnose/rank.ts";
import { matchLine, type Signal } from "../../src/core/diagnose/signal.ts";
import { googleTextSignals } from "../../src/core/evidence/google-text.ts";
import { smtpTextSignals } from "../../src/core/evidence/smtp-text.ts";
import { catalogEntry } from "../../src/core/findings/catalog.ts";
import type { FindingId, Severity } from "../../src/core/findings/ids.ts";
import type { Lang } from "../../src/core/lang.ts";
import { excerpt } from "../../src/core/redact.ts";
import type { SmtpTarget } from "./model.ts";
import { stepText } from "./step-text.ts";
import { StepTimeout } from "./timeout.ts";

export function findingOf(id: FindingId, lang: Lang, evidence: string[], severity?: Severity): Finding {
  const entry = catalogEntry(id, lang);
  return { ...entry, severity: severity ?? entry.severity, evidence: evidence.map((e) => excerpt(e)) };
}

/** The most likely finding among signals (the diagnose engine's ranking), or undefined. */
export function topFinding(signals: Signal[], lang: Lang): Finding | undefined {
  const first = rank(mergeSignals(signals, lang))[0];
  return first ? findingOf(first.id, lang, first.evidence, first.severity) : undefined;
}

interface HttpFailure {
  status?: number;
  code?: string;
  response?: { status?: number; data?: unknown };
}

/**
 * A google-auth-library call failed: what Google said, or that Google could not be reached. `grant` says
 * which token-endpoint call it was, so an `invalid_grant` is read as a bad code or a dead refresh token
 * (Google's JSON does not say which: "invalid_grant: Bad Request" comes from both).
 */
export function googleFailure(
  error: unknown,
  lang: Lang,
  url: string,
  fallback: FindingId,
  grant?: "authorization_code" | "refresh_token",
): Finding {
  const host = hostOf(url);
  if (error instanceof StepTimeout) return findingOf("google-unavailable", lang, [noAnswer(lang, host, error)]);
  const failure = (error ?? {}) as HttpFailure;
  const status = failure.response?.status ?? failure.status;
  const data = failure.response?.data;
  if (status === undefined || status >= 500) {
    const what = status === undefined ? (failure.code ?? (error as Error)?.name ?? "no answer") : `HTTP ${status}`;
    return findingOf("google-unavailable", lang, [`${host}: ${what}`]);
  }
  if (data && typeof data === "object" && typeof (data as { error?: unknown }).error === "string") {
    const body = data as { error: string; error_description?: unknown; error_subtype?: unknown };
    const text = [body.error, body.error_description, body.error_subtype].filter((v) => typeof v === "string");
    const line = `${text[0]}: ${text.slice(1).join(" ")}`.trim();
    const read = grant ? `grant_type=${grant}\n${line}` : line;
    return topFinding(googleTextSignals(read), lang) ?? findingOf(fallback, lang, [`HTTP ${status} ${line}`]);
  }
  return findingOf(fallback, lang, [`${host}: HTTP ${status}`]);
}

interface SmtpError {
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

/**
 * Gmail's "try again later" (421 4.7.0), "too many login attempts" (454 4.7.0) and "daily sending limit
 * exceeded" (550 5.4.5) replies: Gmail is not taking mail from this account for now.
 */
const RATE_LIMITED =
  /\b421[- ]4\.7\.0\b|\b454[- ]4\.7\.0\b|\b550[- ]5\.4\.5\b|Too many login attempts|sending limit exceeded/i;

/** The finding for those replies when the SMTP parser did not already name one. */
export const RATE_LIMITED_FINDING: FindingId = "smtp-rate-limited";

/** An SMTP step failed: Gmail's reply when there is one, else a connection problem. */
export function smtpFailure(error: unknown, lang: Lang, target: SmtpTarget, fallback: FindingId): Finding {
  const where = `${target.host}:${target.port}`;
  if (error instanceof StepTimeout) return findingOf("smtp-unreachable", lang, [noAnswer(lang, where, error)]);
  const e = (error ?? {}) as SmtpError;
  const reply = typeof e.response === "string" ? e.response : "";
  const text = `${reply}\n${e.code ?? ""} ${e.message ?? ""} (${where})`;
  const found = topFinding(smtpTextSignals(text, "xoauth2"), lang);
  if (found) return found;
  const limited = matchLine(text, RATE_LIMITED);
  if (limited) return findingOf(RATE_LIMITED_FINDING, lang, [`${where}: ${limited}`]);
  const connection = ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "ECONNREFUSED", "EPROTOCOL"];
  const id = e.code && connection.includes(e.code) && !reply ? "smtp-unreachable" : fallback;
  return findingOf(id, lang, [`${where}: ${reply || `${e.code ?? ""} ${e.message ?? ""}`.trim()}`]);
}

function noAnswer(lang: Lang, where: string, timeout: StepTimeout): string {
  return stepText(lang, "evidence.no-answer", { where, ms: String(timeout.ms) });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
