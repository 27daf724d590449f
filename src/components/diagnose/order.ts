/**
 * The diagnosis as shown after the reader answered its question: the cause the answer leads to first,
 * with the severity the server gave its own pick (which takes the chosen one's), the findings it
 * explains right under it, the rest in the server's order. The server's confidence described its own
 * pick, so it no longer applies.
 */
import type { Diagnosis, Finding } from "../../core/diagnose/diagnose.ts";

export function withFirst(diagnosis: Diagnosis, id: string): Diagnosis {
  const found = diagnosis.findings.find((f) => f.id === id);
  if (!found) return diagnosis;
  const picked = diagnosis.findings.find((f) => f.id === diagnosis.primary);
  const swap = (f: Finding): Finding =>
    picked && picked !== found && f === picked ? { ...f, severity: found.severity } : f;
  const chosen: Finding = picked && picked !== found ? { ...found, severity: picked.severity } : found;
  const explained = new Set<string>(chosen.explains);
  const rest = diagnosis.findings.filter((f) => f !== found).map(swap);
  const { confidence: _, ...answered } = diagnosis;
  return {
    ...answered,
    primary: chosen.id,
    findings: [chosen, ...rest.filter((f) => explained.has(f.id)), ...rest.filter((f) => !explained.has(f.id))],
  };
}

/** The ids listed right under the primary cause as explained by it. */
export function explainedByPrimary(diagnosis: Diagnosis): Set<string> {
  const first = diagnosis.findings[0];
  return new Set(first && first.id === diagnosis.primary ? first.explains : []);
}
