/**
 * Merges signals into findings and ranks them: errors before warnings before info, a more specific
 * cause before a generic one, and a cause always right above any symptom it explains.
 */
import { FINDING_FACTS } from "../findings/facts.ts";
import type { FindingId, Severity } from "../findings/ids.ts";
import type { Lang } from "../lang.ts";
import { renderEvidence } from "./evidence-text.ts";
import type { Signal } from "./signal.ts";

export interface RankedFinding {
  id: FindingId;
  severity: Severity;
  evidence: string[];
  score: number;
}

const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const MAX_EVIDENCE = 5;

/** One finding per id, its evidence lines written in `lang` (deduplicated, at most five). */
export function mergeSignals(signals: Signal[], lang: Lang): RankedFinding[] {
  const byId = new Map<FindingId, { evidence: string[]; boost: number; overrides: Severity[]; plain: boolean }>();
  for (const signal of signals) {
    const entry = byId.get(signal.id) ?? { evidence: [], boost: 0, overrides: [], plain: false };
    const line = renderEvidence(signal.evidence, lang);
    if (line && !entry.evidence.includes(line) && entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(line);
    entry.boost = Math.max(entry.boost, signal.boost ?? 0);
    if (signal.severity) entry.overrides.push(signal.severity);
    else entry.plain = true;
    byId.set(signal.id, entry);
  }
  return [...byId.entries()].map(([id, entry]) => {
    const facts = FINDING_FACTS[id];
    const severity = entry.plain
      ? facts.severity
      : entry.overrides.reduce((a, b) => (SEVERITY_WEIGHT[b] > SEVERITY_WEIGHT[a] ? b : a));
    return {
      id,
      severity,
      evidence: entry.evidence,
      score: SEVERITY_WEIGHT[severity] * 1000 + facts.specificity + entry.boost,
    };
  });
}

export function rank(findings: RankedFinding[]): RankedFinding[] {
  const ordered = [...findings].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  // A cause goes right above the symptom it explains, even when the symptom is more severe.
  for (let pass = 0; pass < ordered.length; pass += 1) {
    let moved = false;
    for (let i = 0; i < ordered.length; i += 1) {
      const cause = ordered[i];
      if (!cause) continue;
      const explains = FINDING_FACTS[cause.id].explains ?? [];
      const symptomIndex = ordered.findIndex((f, j) => j < i && explains.includes(f.id));
      if (symptomIndex !== -1) {
        ordered.splice(i, 1);
        ordered.splice(symptomIndex, 0, cause);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return ordered;
}
