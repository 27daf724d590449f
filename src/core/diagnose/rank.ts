/**
 * Merges signals into findings and ranks them: errors before warnings before info, a more specific
 * cause before a generic one, and a cause always right above any symptom it explains. Two rules of
 * evidence come first: when Google states an error other than redirect_uri_mismatch / invalid_request,
 * it had accepted the redirect URI, so no redirect-URI finding goes above that error; and a host that
 * only looks like a placeholder (example.com, how people hide their domain) never goes above a stated
 * error.
 */
import { CLIENT_STAGE_CODES, REDIRECT_STAGE_CODES } from "../evidence/google-text.ts";
import { FINDING_FACTS } from "../findings/facts.ts";
import type { FindingId, Severity } from "../findings/ids.ts";
import type { Lang } from "../lang.ts";
import { renderEvidence } from "./evidence-text.ts";
import type { QuestionKey } from "./questions.ts";
import type { Signal } from "./signal.ts";

export interface RankedFinding {
  id: FindingId;
  severity: Severity;
  evidence: string[];
  score: number;
  /** Google error codes stated by the evidence behind this finding. */
  codes: string[];
  /** Some of its evidence is what the user saw (error text, an address). */
  reported: boolean;
  /** All of its evidence is a guess (an example.com host). */
  guess: boolean;
  /** The strongest signal behind it (0 = circumstantial, ≥ 3 = stated outright). */
  strength: number;
  /** The question that decides between this finding and another one, when the evidence fits both. */
  ask?: QuestionKey;
  /** Only the other side of a question: kept below the finding that asks. */
  alternative: boolean;
  /** 0 = ranked on its merits; 1 = kept below a stated Google error; 2 = a guess kept last. */
  tier: number;
}

const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const MAX_EVIDENCE = 5;
/** A signal this strong settles its finding: a question asked by a weaker one is not needed then. */
const DECISIVE = 3;

interface Entry {
  evidence: string[];
  boost: number;
  overrides: Severity[];
  plain: boolean;
  codes: string[];
  reported: boolean;
  guess: boolean;
  alternative: boolean;
  ask?: QuestionKey;
  decisive: boolean;
}

/** Keeps an alternative below the finding that asks about it (half a severity level). */
const ALTERNATIVE_PENALTY = 500;

const scoreOf = (id: FindingId, severity: Severity, boost: number, alternative = false) =>
  SEVERITY_WEIGHT[severity] * 1000 + FINDING_FACTS[id].specificity + boost - (alternative ? ALTERNATIVE_PENALTY : 0);

/** One finding per id, its evidence lines written in `lang` (deduplicated, at most five). */
export function mergeSignals(signals: Signal[], lang: Lang): RankedFinding[] {
  const byId = new Map<FindingId, Entry>();
  for (const signal of signals) {
    let entry = byId.get(signal.id);
    if (!entry) {
      entry = {
        evidence: [],
        boost: 0,
        overrides: [],
        plain: false,
        codes: [],
        reported: false,
        guess: true,
        alternative: true,
        decisive: false,
      };
      byId.set(signal.id, entry);
    }
    const line = renderEvidence(signal.evidence, lang);
    if (line && !entry.evidence.includes(line) && entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(line);
    entry.boost = Math.max(entry.boost, signal.boost ?? 0);
    if (signal.severity) entry.overrides.push(signal.severity);
    else entry.plain = true;
    if (signal.code && !entry.codes.includes(signal.code)) entry.codes.push(signal.code);
    if (signal.reported) entry.reported = true;
    if (!signal.guess) entry.guess = false;
    if (!signal.alternative) entry.alternative = false;
    if (signal.ask) entry.ask ??= signal.ask;
    else if (!signal.severity && (signal.boost ?? 0) >= DECISIVE) entry.decisive = true;
  }
  return [...byId.entries()].map(([id, entry]) => {
    const severity = entry.plain
      ? FINDING_FACTS[id].severity
      : entry.overrides.reduce((a, b) => (SEVERITY_WEIGHT[b] > SEVERITY_WEIGHT[a] ? b : a));
    const finding: RankedFinding = {
      id,
      severity,
      evidence: entry.evidence,
      score: scoreOf(id, severity, entry.boost, entry.alternative),
      codes: entry.codes,
      reported: entry.reported,
      guess: entry.guess,
      strength: entry.boost,
      alternative: entry.alternative,
      tier: 0,
    };
    if (entry.ask && !entry.decisive) finding.ask = entry.ask;
    return finding;
  });
}

const isStatedOther = (code: string) => !REDIRECT_STAGE_CODES.has(code);
/** After these codes Google had also checked the redirect URI and found it registered. */
const isPastRedirectCheck = (code: string) => isStatedOther(code) && !CLIENT_STAGE_CODES.has(code);

function withSeverity(finding: RankedFinding, severity: Severity, tier: number): RankedFinding {
  const lowered = SEVERITY_WEIGHT[severity] < SEVERITY_WEIGHT[finding.severity] ? severity : finding.severity;
  const score = scoreOf(finding.id, lowered, finding.strength, finding.alternative);
  return { ...finding, severity: lowered, tier, score };
}

/** The two rules of evidence: what Google already validated, and guesses below stated errors. */
function applyEvidenceRules(findings: RankedFinding[]): RankedFinding[] {
  const codes = findings.flatMap((f) => f.codes);
  const statedOther = codes.some(isStatedOther);
  const pastRedirect = codes.some(isPastRedirectCheck);
  const adjusted = findings.map((f) => {
    if (!statedOther || !FINDING_FACTS[f.id].redirect || f.codes.some(isStatedOther)) return f;
    return withSeverity(f, pastRedirect ? "warning" : f.severity, 1);
  });
  const statedError = adjusted.some((f) => f.reported && !f.guess && f.severity === "error");
  return adjusted.map((f) => (f.guess && statedError ? withSeverity(f, "info", 2) : f));
}

export function rank(findings: RankedFinding[]): RankedFinding[] {
  const ordered = applyEvidenceRules(findings).sort(
    (a, b) => a.tier - b.tier || b.score - a.score || a.id.localeCompare(b.id),
  );
  // A cause goes right above the symptom it explains, even when the symptom is more severe, but never
  // above a finding that a rule of evidence keeps it below.
  for (let pass = 0; pass < ordered.length; pass += 1) {
    let moved = false;
    for (let i = 0; i < ordered.length; i += 1) {
      const cause = ordered[i];
      if (!cause || cause.alternative) continue;
      const explains = FINDING_FACTS[cause.id].explains ?? [];
      const symptomIndex = ordered.findIndex((f, j) => j < i && explains.includes(f.id));
      const blocked = ordered.slice(symptomIndex, i).some((f) => f.tier < cause.tier);
      if (symptomIndex !== -1 && !blocked) {
        ordered.splice(i, 1);
        ordered.splice(symptomIndex, 0, cause);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return ordered;
}

/** The findings present that `cause` explains, directly or through another finding it explains. */
export function explainedBy(cause: RankedFinding, findings: readonly RankedFinding[]): FindingId[] {
  const present = new Map(findings.map((f) => [f.id, f]));
  const found: FindingId[] = [];
  const queue: FindingId[] = [cause.id];
  while (queue.length > 0) {
    const id = queue.shift() as FindingId;
    for (const next of FINDING_FACTS[id].explains ?? []) {
      const symptom = present.get(next);
      if (!symptom || symptom === cause || found.includes(next) || symptom.tier < cause.tier) continue;
      found.push(next);
      queue.push(next);
    }
  }
  return found;
}
