/**
 * What the admin can do with a run: send one test email from the account to itself (enabled once the
 * XOAUTH2 login passed, at most as many times as the server allows), copy the redacted report as
 * Markdown (a selected textarea when the clipboard is refused) and download the JSON report.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { type Failure, fetchReport, reportUrl, sendTest } from "./api.ts";
import { failureMessage } from "./failure.ts";
import type { Strings } from "./strings.ts";
import type { Run } from "./types.ts";

interface Props {
  run: Run;
  lang: Lang;
  idPrefix: string;
  /** Called after a test email request, so the run is read again. */
  onSent: () => void;
  s: Strings;
}

type SendState = { kind: "idle" } | { kind: "sending" } | { kind: "sent" } | { kind: "failed"; failure: Failure };
type CopyState =
  | { kind: "idle" }
  | { kind: "copied" }
  | { kind: "fallback"; markdown: string }
  | { kind: "failed"; failure: Failure };

export function RunActions({ run, lang, idPrefix, onSent, s }: Props) {
  const [send, setSend] = useState<SendState>({ kind: "idle" });
  const [copy, setCopy] = useState<CopyState>({ kind: "idle" });
  const fallback = useRef<HTMLTextAreaElement>(null);
  const authPassed = run.steps.some((step) => step.id === "smtp-auth" && step.status === "passed");
  const canSend = authPassed && run.sendsLeft > 0 && send.kind !== "sending";
  const sendHelp = `${idPrefix}-send-help`;

  useEffect(() => {
    if (copy.kind !== "fallback") return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [copy.kind]);

  async function sendEmail() {
    setSend({ kind: "sending" });
    const outcome = await sendTest(run.id, lang);
    setSend(outcome.ok ? { kind: "sent" } : { kind: "failed", failure: outcome });
    onSent();
  }

  async function copyReport() {
    const report = await fetchReport(run.id, lang);
    if (!report.ok) {
      setCopy({ kind: "failed", failure: report });
      return;
    }
    try {
      await navigator.clipboard.writeText(report.markdown);
      setCopy({ kind: "copied" });
    } catch {
      setCopy({ kind: "fallback", markdown: report.markdown });
    }
  }

  const sendStatus =
    send.kind === "sending"
      ? s["send.sending"]
      : send.kind === "sent"
        ? fill(s["send.done"], { email: run.email })
        : send.kind === "failed"
          ? failureMessage(send.failure, s)
          : "";
  const copyStatus =
    copy.kind === "copied"
      ? s["copy.done"]
      : copy.kind === "fallback"
        ? s["copy.fallback"]
        : copy.kind === "failed"
          ? failureMessage(copy.failure, s)
          : "";
  const fallbackId = `${idPrefix}-report`;
  return (
    <div class="lt-actions">
      <div class="dx-actions">
        <button
          type="button"
          class="dx-button dx-button--primary"
          disabled={!canSend}
          aria-describedby={sendHelp}
          onClick={sendEmail}
        >
          {s["send.action"]}
        </button>
        <span id={sendHelp} class="dx-copy-status">
          {authPassed ? fill(s["send.left"], { count: run.sendsLeft }) : s["send.locked"]}
        </span>
      </div>
      <p class="lt-action-status" role="status">
        {sendStatus}
      </p>
      <div class="dx-actions">
        <button type="button" class="dx-button" onClick={copyReport}>
          {s["copy.action"]}
        </button>
        <a
          class="dx-button lt-link-button"
          href={reportUrl(run.id, "json", lang)}
          download={`live-test-${run.id}.json`}
        >
          {s["download.action"]}
        </a>
      </div>
      <p class="lt-action-status" role="status">
        {copyStatus}
      </p>
      {copy.kind === "fallback" && (
        <div class="dx-field">
          <label for={fallbackId}>{s["copy.fallbackLabel"]}</label>
          <textarea
            id={fallbackId}
            ref={fallback}
            class="dx-control dx-mono"
            rows={10}
            readOnly
            value={copy.markdown}
          />
        </div>
      )}
    </div>
  );
}
