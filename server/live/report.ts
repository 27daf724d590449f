/**
 * The run's report, JSON or Markdown, in the run's language: every step with its status, result,
 * details and timing, the findings with their fix steps and guide links, and the note that the grant
 * was not revoked with how to revoke it by hand. Built from the public run only (no secret, code or
 * token is ever in it), and every string passes redact() once more.
 */
import { redact } from "../../src/core/redact.ts";
import type { LiveRecord, LiveRun } from "./model.ts";
import { GOOGLE_CONNECTIONS_URL } from "./oauth-client.ts";
import { type ReportTextKey, reportText } from "./report-text.ts";

export const REPORT_FORMATS = ["json", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface LiveReport {
  title: string;
  run: Omit<LiveRun, "authUrl">;
  grant: { revoked: false; note: string; howToRevoke: string };
  secrets: string;
}

function redactDeep<T>(value: T): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}

export function reportJson(record: LiveRecord): LiveReport {
  const { authUrl: _authUrl, ...run } = record.run;
  const { lang } = run;
  return redactDeep({
    title: reportText(lang, "report.title"),
    run,
    grant: {
      revoked: false,
      note: reportText(lang, "report.not-revoked.text"),
      howToRevoke: reportText(lang, "report.not-revoked.how", {
        connections: GOOGLE_CONNECTIONS_URL,
        revokeUrl: record.endpoints.oauth2RevokeUrl,
      }),
    },
    secrets: reportText(lang, "report.secrets"),
  });
}

/** One line of text whose Markdown and HTML characters are shown as they are, not interpreted. */
const inline = (text: string) =>
  text
    .replace(/\s*\n\s*/g, " ")
    .replace(/[\\`*_[\]<>#|!~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, "&amp;");
const cell = inline;
/** Input quoted as code: backticks cannot close the span, and nothing in it is interpreted. */
const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\s*\n\s*/g, " ")}\``;

/** Markdown for pasting into a ticket; guide links are made absolute with the companion's origin. */
export function reportMarkdown(record: LiveRecord, origin: string): string {
  const report = reportJson(record);
  const { run } = report;
  const w = (key: ReportTextKey) => reportText(run.lang, key);
  const status = (s: string) => w(`status.${s}` as ReportTextKey);
  const lines = [
    `# ${report.title}: ${status(run.status)}`,
    "",
    `- ${w("report.provider")}: ${w(`provider.${run.provider}`)}`,
    `- ${w("report.mode")}: ${w(`mode.${run.mode}`)}`,
    `- ${w("report.account")}: ${code(run.email)}`,
    `- ${w("report.redirect-uri")}: ${code(run.redirectUri)}`,
    `- ${w("report.created")}: ${run.createdAt}`,
    `- ${w("report.expires")}: ${run.expiresAt}`,
    "",
    `| # | ${w("report.step")} | ${w("report.status")} | ${w("report.result")} | ${w("report.time")} |`,
    "|---|---|---|---|---|",
    ...run.steps.map(
      (step, index) =>
        `| ${index + 1} | ${cell(step.title)} | ${status(step.status)} | ${cell(step.result)} | ${step.elapsedMs === null ? "—" : `${step.elapsedMs} ms`} |`,
    ),
    "",
  ];
  const details = run.steps.filter((step) => step.details?.length);
  for (const step of details) {
    lines.push(`**${cell(step.title)}**`, "", ...(step.details ?? []).map((d) => `- ${inline(d)}`), "");
  }
  lines.push(`## ${w("report.findings")}`, "");
  const findings = run.steps.flatMap((step) => (step.finding ? [step.finding] : []));
  if (findings.length === 0) lines.push(w("report.no-findings"), "");
  for (const finding of findings) {
    lines.push(`### ${finding.title} (\`${finding.id}\`, ${finding.severity})`, "", finding.explanation, "");
    lines.push(`${w("report.fix")}:`, "", ...finding.fix.map((step, i) => `${i + 1}. ${step}`), "");
    if (finding.evidence.length > 0) {
      lines.push(`${w("report.evidence")}:`, "", ...finding.evidence.map((e) => `- ${code(e)}`), "");
    }
    lines.push(`${w("report.guide")}: ${origin}${finding.docs}`, "");
  }
  lines.push(`## ${w("report.not-revoked.heading")}`, "", report.grant.note, "", report.grant.howToRevoke, "");
  lines.push(`_${report.secrets}_`, "");
  return redact(lines.join("\n"));
}
