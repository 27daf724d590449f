/**
 * The live connection test island of the "Live connection test" page: the form that starts a run (or a
 * practice run against the sandbox), then the run followed live, step by step, until it ends. A run id
 * in the address (`?run=` after Google's redirect) or remembered in this browser brings the run back.
 * The checks themselves run on the server (server/live/), so this island ships only Preact and the UI.
 * Its words come from the page, in the page's language:
 * `<LiveTest lang="en" s={strings.en} w={clientJsonWords.en} client:visible />`.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import type { ClientJsonWords } from "../shared/client-json-words.ts";
import { wizardStore } from "../shared/store.ts";
import { announcement } from "./announce.ts";
import { type Failure, startRun } from "./api.ts";
import { failureMessage } from "./failure.ts";
import { LiveForm } from "./LiveForm.tsx";
import {
  forgetRun,
  nextScenario,
  practiceFromSearch,
  recallRun,
  recallScenario,
  rememberRun,
  runIdFromSearch,
} from "./last-run.ts";
import { applyPrefill, prefillFrom, readWizardEntries } from "./prefill.ts";
import { RunView } from "./RunView.tsx";
import { EMPTY_FIELDS, type LiveFields, type StartBody } from "./start-body.ts";
import type { Strings } from "./strings.ts";
import { isFinal, type Run, type Scenario } from "./types.ts";
import { type Watch, watchRun } from "./watch.ts";
import "../shared/forms.css";
import "./live-test.css";

interface Props {
  lang: Lang;
  /** The island's words in `lang` (strings.ts) and the client JSON widget's (shared/client-json-words.ts). */
  s: Strings;
  w: ClientJsonWords;
}

type View = { kind: "form" } | { kind: "starting" } | { kind: "loading" } | { kind: "run"; run: Run };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export default function LiveTest({ lang, s, w }: Props) {
  const prefix = `lt${useId()}`;
  const [view, setView] = useState<View>({ kind: "form" });
  const [fields, setFields] = useState<LiveFields>(EMPTY_FIELDS);
  const [prefilled, setPrefilled] = useState(false);
  const [offered, setOffered] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<Failure | undefined>(undefined);
  const [spoken, setSpoken] = useState("");
  const [origin, setOrigin] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const watch = useRef<Watch | undefined>(undefined);
  const latest = useRef<Run | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  function follow(id: string, focus: boolean) {
    watch.current?.stop();
    latest.current = undefined;
    setView({ kind: "loading" });
    watch.current = watchRun({
      id,
      lang,
      openStream: typeof EventSource === "function" ? (url) => new EventSource(url) : undefined,
      onRun(run) {
        const said = announcement(latest.current, run, s);
        const first = latest.current === undefined;
        const finished = isFinal(run.status) && (first || !isFinal(latest.current?.status ?? "waiting"));
        latest.current = run;
        if (finished) recordResult(run);
        if (said) setSpoken(said);
        setView({ kind: "run", run });
        if (first && focus) requestAnimationFrame(() => heading.current?.focus());
      },
      onFailure(failure) {
        forgetRun(storage());
        latest.current = undefined;
        setProblem(failure);
        setView({ kind: "form" });
        history.replaceState(null, "", location.pathname);
      },
    });
  }

  /** The last finished run goes into the journey's progress (its result and kind, nothing else). */
  function recordResult(run: Run) {
    if (run.status !== "passed" && run.status !== "warning" && run.status !== "failed") return;
    const practice = run.provider === "sandbox";
    const scenario = practice ? recallScenario(storage()) : undefined;
    wizardStore().update({
      liveTest: { status: run.status, practice, mode: run.mode, at: Date.now(), ...(scenario ? { scenario } : {}) },
    });
  }

  useEffect(() => {
    setHydrated(true);
    setOrigin(location.origin);
    const prefill = prefillFrom(readWizardEntries(storage()));
    const practice = practiceFromSearch(location.search);
    setFields((current) => ({
      ...applyPrefill(current, prefill),
      ...(practice ? { practice: true, scenario: practice } : {}),
    }));
    setPrefilled(Object.keys(prefill).length > 0);
    const fromAddress = runIdFromSearch(location.search);
    const id = fromAddress ?? recallRun(storage(), Date.now());
    if (id) {
      if (fromAddress) rememberRun(storage(), id, Date.now());
      follow(id, fromAddress !== undefined);
    }
    return () => watch.current?.stop();
  }, []);

  async function start(body: StartBody) {
    setProblem(undefined);
    setView({ kind: "starting" });
    const outcome = await startRun(body);
    if (!outcome.ok) {
      setProblem(outcome);
      setView({ kind: "form" });
      return;
    }
    rememberRun(storage(), outcome.id, Date.now(), body.provider === "sandbox" ? body.practice.scenario : undefined);
    // Back from Google (or with the Back button) the page shows this run.
    history.replaceState(null, "", `${location.pathname}?run=${encodeURIComponent(outcome.id)}`);
    // A run whose preflight failed is already over: there is nothing to do at Google.
    if (outcome.run && isFinal(outcome.run.status)) follow(outcome.id, true);
    else location.assign(outcome.authUrl);
  }

  /** A new test keeps practice on and offers the scenario after the one just run. */
  function startOver() {
    const finished = latest.current;
    const scenario: Scenario | undefined =
      finished?.provider === "sandbox" ? (recallScenario(storage()) ?? fields.scenario) : undefined;
    watch.current?.stop();
    latest.current = undefined;
    forgetRun(storage());
    if (scenario) {
      const next = nextScenario(scenario);
      setFields((current) => ({ ...current, practice: true, mode: finished?.mode ?? current.mode, scenario: next }));
      setOffered(fill(s["scenario.next"], { name: s[`scenario.${next}`] }));
    } else setOffered(undefined);
    history.replaceState(null, "", location.pathname);
    setProblem(undefined);
    setSpoken("");
    setView({ kind: "form" });
  }

  return (
    <div class="dx-form lt not-content">
      <noscript>
        <p class="dx-alert">{s["form.noscript"]}</p>
      </noscript>
      <p class="sr-only" aria-live="polite">
        {spoken}
      </p>
      {problem && (
        <p class="dx-alert" role="alert">
          {failureMessage(problem, s)}
        </p>
      )}
      {view.kind === "run" ? (
        <RunView
          run={view.run}
          lang={lang}
          idPrefix={prefix}
          headingRef={heading}
          onChanged={() => watch.current?.refresh()}
          onNew={startOver}
          s={s}
        />
      ) : view.kind === "loading" ? (
        <p class="dx-busy">
          <span class="dx-spinner" aria-hidden="true" />
          {s["run.loading"]}
        </p>
      ) : (
        <LiveForm
          lang={lang}
          idPrefix={prefix}
          fields={fields}
          onChange={setFields}
          prefilled={prefilled}
          offered={offered}
          callback={`${origin}/api/live/callback`}
          busy={view.kind === "starting"}
          enabled={hydrated}
          onStart={start}
          s={s}
          w={w}
        />
      )}
    </div>
  );
}
