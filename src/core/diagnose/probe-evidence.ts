/**
 * A "Check my Odoo" result (POST /api/odoo/probe) given to the diagnostics as evidence: its findings
 * become signals with the probe's own evidence lines, and its Odoo address, version and redirect URI
 * fill the fields the other rules read when the request does not give them.
 */
import { isFindingId } from "../findings/ids.ts";
import { excerpt } from "../redact.ts";
import type { Evidence } from "./evidence.ts";
import type { Signal } from "./signal.ts";

export interface ProbeEvidence {
  odoo?: { url?: string; version?: string; serie?: string; redirectUri?: string };
  findings?: { id: string; evidence?: string[] }[];
}

const MAX_PROBE_FINDINGS = 30;

export function probeSignals(probe: ProbeEvidence | undefined): Signal[] {
  const signals: Signal[] = [];
  for (const finding of (probe?.findings ?? []).slice(0, MAX_PROBE_FINDINGS)) {
    if (!isFindingId(finding.id)) continue;
    const lines = (finding.evidence ?? []).slice(0, 3);
    if (lines.length === 0) signals.push({ id: finding.id, evidence: "probe" });
    for (const line of lines) signals.push({ id: finding.id, evidence: `probe: ${excerpt(String(line), 200)}` });
  }
  return signals;
}

/** The evidence with the probe's Odoo facts filled in where the request left them out. */
export function withProbeFacts(evidence: Evidence): Evidence {
  const odoo = evidence.probe?.odoo;
  if (!odoo) return evidence;
  const filled: Evidence = { ...evidence };
  if (!filled.odooUrl && odoo.url) filled.odooUrl = odoo.url;
  const version = odoo.serie || odoo.version;
  if (!filled.odooVersion && version) filled.odooVersion = version;
  return filled;
}
