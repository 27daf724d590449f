/** What a parser found in the evidence: a finding id and the piece of input that led there. */
import type { FindingId, Severity } from "../findings/ids.ts";

export interface Signal {
  id: FindingId;
  /** Redacted excerpt of the input that led here ("field: value" or a quoted line). */
  evidence: string;
  /** Added to the catalog's specificity when this signal is strong (e.g. an exact error code). */
  boost?: number;
  /** Overrides the catalog severity, e.g. a likely-but-unproven cause shown as a warning. */
  severity?: Severity;
}

/** Finds the first match of a pattern and returns the surrounding line as evidence. */
export function matchLine(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const start = text.lastIndexOf("\n", match.index) + 1;
  const endIndex = text.indexOf("\n", match.index + match[0].length);
  return text.slice(start, endIndex === -1 ? undefined : endIndex).trim() || match[0];
}
