/**
 * The probe's answer as the island reads it, the call that fetches it, and the Markdown a support
 * engineer pastes into a ticket (quoted values as code, so nothing in them is read as Markdown).
 */

import type { Lang } from "../../core/lang.ts";
import type { ProbeReport } from "../../core/odoo-probe/evaluate.ts";
import { PROBE_ISLAND } from "./strings.ts";

export type ProbeAnswer = ProbeReport & { lang: Lang };
export type ProbeOutcome = { ok: true; report: ProbeAnswer } | { ok: false; status: number; detail?: string };

export interface ProbeBody {
  odooUrl: string;
  db?: string;
  login?: string;
  apiKey?: string;
  lang: Lang;
}

export async function requestProbe(body: ProbeBody, fetcher: typeof fetch = fetch): Promise<ProbeOutcome> {
  let response: Response;
  try {
    response = await fetcher(`/api/odoo/probe?lang=${body.lang}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    return { ok: false, status: 0 };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok && json && Array.isArray((json as ProbeAnswer).checks))
    return { ok: true, report: json as ProbeAnswer };
  const detail = (json as { detail?: unknown } | undefined)?.detail;
  return typeof detail === "string"
    ? { ok: false, status: response.status, detail }
    : { ok: false, status: response.status };
}

const code = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  const fence = flat.includes("`") ? "``" : "`";
  return `${fence}${fence === "``" ? " " : ""}${flat}${fence === "``" ? " " : ""}${fence}`;
};

export function probeMarkdown(report: ProbeAnswer, lang: Lang): string {
  const t = (key: Parameters<typeof PROBE_ISLAND.text>[1], params?: Record<string, string>) =>
    PROBE_ISLAND.text(lang, key, params);
  const lines = [`# ${t("md.title")}: ${code(report.odoo.url)}`, ""];
  if (report.odoo.version)
    lines.push(t("results.version", { version: report.odoo.version, edition: report.odoo.edition }), "");
  lines.push(`## ${t("results.checks")}`, "");
  for (const check of report.checks) {
    lines.push(`- **${t(`status.${check.status}`)}** — ${check.title}`);
    for (const detail of check.details) lines.push(`  - ${code(detail)}`);
  }
  lines.push("", `## ${t("results.findings")}`, "");
  if (report.findings.length === 0) lines.push(t("results.none"));
  for (const finding of report.findings) {
    lines.push(`### ${t(`severity.${finding.severity}`)}: ${finding.title}`, "", finding.explanation, "");
    for (const [i, step] of finding.fix.entries()) lines.push(`${i + 1}. ${step}`);
    for (const line of finding.evidence) lines.push(`- ${code(line)}`);
    lines.push("", `${t("finding.docs")}: ${finding.docs}`, "");
  }
  return `${lines.join("\n").trim()}\n`;
}
