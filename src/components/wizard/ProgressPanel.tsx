/**
 * The progress panel (on "Set up Google Cloud" and on "Done"): which setup checks pass (redirect URI,
 * client JSON, consent screen), which steps in Odoo the admin ticked, and the last live test that
 * finished in this browser, each linking to where it is done; and a button that forgets everything
 * this browser keeps. Usage in MDX: `<ProgressPanel lang="en" s={progressWords.en} client:visible />`.
 */
import { useId, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { CHECKS, type CheckName, progressOf } from "../shared/progress.ts";
import { EMPTY_STATE, type StoredLiveResult, TICKS, wizardStore } from "../shared/store.ts";
import { useWizard } from "./hooks.ts";
import type { ProgressWords } from "./words.ts";
import "../shared/forms.css";
import "./wizard.css";

interface Props {
  lang: Lang;
  s: ProgressWords;
}

const SECTION: Record<CheckName, string> = {
  redirect: "#redirect-uri",
  client: "#client-secret",
  consent: "#publishing-status",
};
const ODOO_SECTION: Record<(typeof TICKS.odoo)[number], string> = {
  credentials: "#enter-credentials",
  "base-url": "#web-base-url",
  server: "#outgoing-server",
  connect: "#connect-account",
  "test-connection": "#test-connection",
};

function liveResult(live: StoredLiveResult, lang: Lang, s: ProgressWords): string {
  const key =
    live.status === "failed"
      ? live.practice
        ? "st.live-test.failed-practice"
        : "st.live-test.failed"
      : live.practice
        ? "st.live-test.practice"
        : "st.live-test.passed";
  const time = new Date(live.at).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
  return fill(s["p.live.at"], { result: s[key], time });
}

export default function ProgressPanel({ lang, s }: Props) {
  const id = `wzp${useId()}`;
  const { state, ready } = useWizard();
  const [forgotten, setForgotten] = useState(false);
  const progress = progressOf(state);
  const passed = CHECKS.filter((check) => progress[check] === "pass").length;
  const persistent = !ready || wizardStore().persistent();
  // The confirmation stays only while nothing new has been entered.
  const empty = JSON.stringify(state) === JSON.stringify(EMPTY_STATE);
  const base = lang === "it" ? "/it" : "";
  const live = state.liveTest;

  return (
    <section class="wz wz-panel not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <p id={`${id}-title`} class="wz-title">
        {s["p.title"]}
      </p>
      <p class="dx-help">{s[persistent ? "p.saved" : "p.memory"]}</p>
      <p class="wz-group">{s["p.google"]}</p>
      <ul class="wz-progress">
        {CHECKS.map((check) => (
          <li key={check} data-check={check} data-status={progress[check]}>
            <span class={`wz-badge wz-badge--${progress[check]}`}>{s[`p.${progress[check]}`]}</span>{" "}
            <a href={`${base}/google-setup/${SECTION[check]}`}>{s[`p.${check}`]}</a>
          </li>
        ))}
      </ul>
      <p class="wz-summary">{fill(s["p.summary"], { count: passed })}</p>
      <p class="wz-group">{s["p.odoo"]}</p>
      <ul class="wz-progress">
        {TICKS.odoo.map((name) => {
          const done = state.ticks.includes(`odoo.${name}`);
          return (
            <li key={name} data-tick={`odoo.${name}`} data-status={done ? "pass" : "todo"}>
              <span class={`wz-badge wz-badge--${done ? "pass" : "todo"}`}>{s[done ? "p.done" : "p.todo"]}</span>{" "}
              <a href={`${base}/odoo-setup/${ODOO_SECTION[name]}`}>{s[`tick.odoo.${name}`]}</a>
            </li>
          );
        })}
      </ul>
      <p class="wz-group">{s["p.live"]}</p>
      <ul class="wz-progress">
        <li data-live={live?.status ?? "none"}>
          <span class={`wz-badge wz-badge--${!live ? "todo" : live.status === "failed" ? "fail" : "pass"}`}>
            {s[!live ? "p.todo" : live.status === "failed" ? "p.fail" : "p.pass"]}
          </span>{" "}
          <a href={`${base}/live-test/`}>{live ? liveResult(live, lang, s) : s["st.live-test.none"]}</a>
        </li>
      </ul>
      <div class="dx-actions">
        <button
          type="button"
          class="dx-button"
          disabled={!ready}
          onClick={() => {
            wizardStore().clear();
            setForgotten(true);
          }}
        >
          {s["p.forget"]}
        </button>
      </div>
      <p class="wz-copy-status" role="status">
        {forgotten && empty ? s["p.forgotten"] : ""}
      </p>
    </section>
  );
}
