/** The shape of the finding catalog: language-neutral facts plus one text table per language. */
import type { FindingId, Severity } from "./ids.ts";

/** A guide page and the anchor that explains a finding (same slug and anchor in every language). */
export interface DocsLink {
  page: "troubleshooting" | "google-setup" | "odoo-setup" | "live-test" | "index";
  anchor: string;
}

export interface FindingFacts {
  severity: Severity;
  docs: DocsLink;
  /**
   * Specificity for ranking: a root cause (an http:// web.base.url, a Desktop client) outranks the
   * generic symptom it explains (redirect-uri-mismatch). Higher = more specific.
   */
  specificity: number;
  /** Ids this finding explains: when both are present, this one is ranked above them. */
  explains?: readonly FindingId[];
  /**
   * A finding about the redirect URI. Google checks the redirect URI before the account, the consent
   * and the app's policies, so a page stating any of those errors shows the URI was accepted.
   */
  redirect?: true;
}

export interface FindingText {
  /** Short, specific headline (≤ 90 characters). */
  title: string;
  /** What happened and why, 1–3 sentences, plain text. */
  explanation: string;
  /** Ordered fix steps, each one imperative sentence, plain text (backticks allowed for values). */
  fix: readonly string[];
}

export type FindingTextTable = Record<FindingId, FindingText>;
