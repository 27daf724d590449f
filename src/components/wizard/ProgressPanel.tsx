/**
 * The progress panel at the top of "Set up Google Cloud": which setup checks pass (redirect URI,
 * client JSON, consent screen), each linking to its tool, and a button that forgets everything this
 * browser keeps for them. Usage in MDX: `<ProgressPanel lang="en" client:visible />`.
 */
import { useId, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { useWizard } from "./hooks.ts";
import { CHECKS, type CheckName, progressOf } from "./progress.ts";
import { EMPTY_STATE, wizardStore } from "./store.ts";
import { progressStrings } from "./strings-progress.ts";
import "./wizard.css";

interface Props {
  lang: Lang;
}

const SECTION: Record<CheckName, string> = {
  redirect: "#redirect-uri",
  client: "#client-secret",
  consent: "#publishing-status",
};
const BADGE = { pass: "pass", fail: "fail", todo: "todo" } as const;

export default function ProgressPanel({ lang }: Props) {
  const s = progressStrings[lang];
  const id = `wzp${useId()}`;
  const { state, ready } = useWizard();
  const [forgotten, setForgotten] = useState(false);
  const progress = progressOf(state);
  const passed = CHECKS.filter((check) => progress[check] === "pass").length;
  const persistent = !ready || wizardStore().persistent();
  // The confirmation stays only while nothing new has been entered.
  const empty = JSON.stringify(state) === JSON.stringify(EMPTY_STATE);

  return (
    <section class="wz wz-panel not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <p id={`${id}-title`} class="wz-title">
        {s["p.title"]}
      </p>
      <p class="wz-help">{s[persistent ? "p.saved" : "p.memory"]}</p>
      <ul class="wz-progress">
        {CHECKS.map((check) => (
          <li key={check} data-check={check} data-status={progress[check]}>
            <span class={`wz-badge wz-badge--${BADGE[progress[check]]}`}>{s[`p.${progress[check]}`]}</span>{" "}
            <a href={SECTION[check]}>{s[`p.${check}`]}</a>
          </li>
        ))}
      </ul>
      <div class="wz-actions">
        <p class="wz-summary">{fill(s["p.summary"], { count: passed })}</p>
        <button
          type="button"
          class="wz-button"
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
