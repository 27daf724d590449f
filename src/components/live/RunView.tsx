/**
 * One run as the admin follows it: its status and where it failed, the hop diagram, the paste-back
 * boxes while it waits at Google's consent, the step tree, and the actions (test email, report).
 */
import type { Ref } from "preact";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { HopDiagram } from "./HopDiagram.tsx";
import { PasteBox } from "./PasteBox.tsx";
import { RunActions } from "./RunActions.tsx";
import { StepList } from "./StepList.tsx";
import type { Strings } from "./strings.ts";
import type { Run } from "./types.ts";

interface Props {
  run: Run;
  lang: Lang;
  idPrefix: string;
  headingRef: Ref<HTMLHeadingElement>;
  onChanged: () => void;
  onNew: () => void;
  s: Strings;
}

function expiryTime(run: Run, lang: Lang): string {
  const date = new Date(run.expiresAt);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
}

export function RunView({ run, lang, idPrefix, headingRef, onChanged, onNew, s }: Props) {
  const failed = run.steps.find((step) => step.status === "failed");
  // Only a real grant needs revoking by hand: a practice grant lives in the sandbox.
  const granted =
    run.provider !== "sandbox" && run.steps.some((step) => step.id === "token" && step.status === "passed");
  const time = expiryTime(run, lang);
  return (
    <section class="lt-run" aria-labelledby={`${idPrefix}-run-heading`} data-run-status={run.status}>
      <div class="lt-run-head">
        <h3 id={`${idPrefix}-run-heading`} ref={headingRef} tabIndex={-1}>
          {s["run.heading"]}
        </h3>
        {run.provider === "sandbox" && <span class="dx-badge dx-badge--info">{s["run.practice"]}</span>}
      </div>
      <p class={`lt-run-status lt-run-status--${run.status}`}>
        <span class="lt-icon" aria-hidden="true" />
        <strong>{s["run.status"]}</strong> {s[`run.status.${run.status}`]}
        {failed && <span class="lt-failed-at"> — {fill(s["run.failedAt"], { title: failed.title })}</span>}
      </p>
      <dl class="lt-meta">
        <dt>{s["run.account"]}</dt>
        <dd>{run.email || "—"}</dd>
        <dt>{s["run.redirect"]}</dt>
        <dd class="dx-mono">{run.redirectUri}</dd>
      </dl>
      <HopDiagram run={run} s={s} />
      {run.status === "waiting" && (
        <div class="lt-waiting">
          <p>
            <a class="dx-button dx-button--primary lt-link-button" href={run.authUrl}>
              {s["run.continue"]}
            </a>
          </p>
          {run.mode === "odoo" && (
            <PasteBox
              runId={run.id}
              lang={lang}
              id={`${idPrefix}-paste-odoo`}
              label={s["paste.odoo.label"]}
              help={s["paste.odoo.help"]}
              onPasted={onChanged}
              s={s}
            />
          )}
          <PasteBox
            runId={run.id}
            lang={lang}
            id={`${idPrefix}-paste-google`}
            label={s["paste.google.summary"]}
            help={s["paste.google.help"]}
            onPasted={onChanged}
            s={s}
          />
        </div>
      )}
      <StepList steps={run.steps} idPrefix={idPrefix} s={s} />
      <RunActions run={run} lang={lang} idPrefix={idPrefix} onSent={onChanged} s={s} />
      {granted && (
        <p class="dx-hint">
          {s["run.notRevoked"]} <a href={s["run.revokeHref"]}>{s["run.revokeLink"]}</a>
        </p>
      )}
      <div class="dx-actions">
        <button type="button" class="dx-button" onClick={onNew}>
          {s["run.new"]}
        </button>
        <span class="dx-copy-status">{time ? fill(s["run.expires"], { time }) : ""}</span>
      </div>
    </section>
  );
}
