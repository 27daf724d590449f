/**
 * The diagnosis as ticket-ready Markdown: a title, the findings numbered in rank order with their
 * severity, explanation, fix steps and evidence, and guide links made absolute for the ticket system.
 */
import type { Diagnosis, Finding } from "../../core/diagnose/diagnose.ts";
import type { Strings } from "./strings.ts";

const SEVERITY_KEY = { error: "severity.error", warning: "severity.warning", info: "severity.info" } as const;

/** Indents continuation lines so they stay inside a list item whose marker is `width` wide. */
function indent(text: string, width: number): string {
  return text.replace(/\n/g, `\n${" ".repeat(width)}`);
}

function findingMarkdown(finding: Finding, rank: number, s: Strings, origin: string): string {
  const marker = `${rank}. `;
  const pad = " ".repeat(marker.length);
  const lines = [
    `${marker}**${s[SEVERITY_KEY[finding.severity]]}: ${finding.title}** (\`${finding.id}\`)`,
    "",
    `${pad}${indent(finding.explanation, pad.length)}`,
  ];
  if (finding.fix.length > 0) {
    lines.push("", `${pad}${s["md.fix"]}:`, "");
    finding.fix.forEach((step, index) => {
      const stepMarker = `${index + 1}. `;
      lines.push(`${pad}${stepMarker}${indent(step, pad.length + stepMarker.length)}`);
    });
  }
  if (finding.evidence.length > 0) {
    lines.push("", `${pad}${s["md.evidence"]}:`, "");
    for (const line of finding.evidence) lines.push(`${pad}- ${line}`);
  }
  lines.push("", `${pad}${s["md.docs"]}: ${new URL(finding.docs, origin).href}`);
  return lines.join("\n");
}

export function diagnosisMarkdown(diagnosis: Diagnosis, s: Strings, origin: string): string {
  const parts = [`## ${s["md.title"]}`];
  if (diagnosis.confidence) parts.push(s[`confidence.${diagnosis.confidence}`]);
  if (diagnosis.findings.length > 0) {
    parts.push(diagnosis.findings.map((finding, index) => findingMarkdown(finding, index + 1, s, origin)).join("\n\n"));
  }
  if (diagnosis.hint) parts.push(diagnosis.hint);
  return `${parts.join("\n\n")}\n`;
}
