/** What a parser found in the evidence: a finding id and the piece of input that led there. */
import type { FindingId, Severity } from "../findings/ids.ts";
import type { EvidencePhrase } from "./evidence-text.ts";
import type { QuestionKey } from "./questions.ts";

export interface Signal {
  id: FindingId;
  /**
   * Redacted excerpt of the input that led here ("field: value" or a quoted line), or a phrase around
   * such excerpts, written in the answer's language when findings are merged.
   */
  evidence: string | EvidencePhrase;
  /** Added to the catalog's specificity when this signal is strong (e.g. an exact error code). */
  boost?: number;
  /** Overrides the catalog severity, e.g. a likely-but-unproven cause shown as a warning. */
  severity?: Severity;
  /** The Google error code this signal states (from Google's page, an error URL or a token answer). */
  code?: string;
  /** Comes from what the user saw (error text, an address), not from a description of the setup. */
  reported?: boolean;
  /**
   * The evidence fits this finding and another one equally well; the question names the single fact
   * that decides between them (asked when this finding ends up first).
   */
  ask?: QuestionKey;
  /**
   * The other cause a question decides between: not established, so it stays below the finding that
   * asks and never moves above what it would explain.
   */
  alternative?: boolean;
  /** Only a guess (an example.com host may be a hidden real one): never ranked above a stated error. */
  guess?: boolean;
}

/** Finds the first match of a pattern and returns the surrounding line as evidence. */
export function matchLine(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  return match ? lineAround(text, match.index, match[0]) : undefined;
}

/** The line of `text` holding `found`, which starts at `index` (or `found` itself on a blank line). */
export function lineAround(text: string, index: number, found: string): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const endIndex = text.indexOf("\n", index + found.length);
  return text.slice(start, endIndex === -1 ? undefined : endIndex).trim() || found;
}
