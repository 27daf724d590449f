/**
 * The journey's script on every journey page (loaded once by the stepper and the tick boxes): shows each
 * step's progress in the stepper from what this browser keeps (shared/store.ts), keeps the tick boxes
 * in step with it, and stores a tick when the admin sets or clears one. Other tabs and the islands on
 * the page announce their changes through the store, so everything stays current.
 */
import { fill } from "../../core/i18n.ts";
import { type JourneyStep, journeyProgress, type StepProgress } from "../shared/progress.ts";
import { TICK_IDS, type TickId, type WizardState, withTick, wizardStore } from "../shared/store.ts";

type Words = Record<string, string>;

/** The sentence under a step of the stepper. */
export function statusText(step: JourneyStep, progress: StepProgress, state: WizardState, words: Words): string {
  const say = (key: string) => fill(words[key] ?? "", { done: progress.done, total: progress.total });
  switch (step) {
    case "google-setup":
      return say(progress.status === "fail" ? "st.google-setup.fail" : "st.google-setup");
    case "live-test": {
      const live = state.liveTest;
      if (!live) return say("st.live-test.none");
      if (live.status === "failed") return say(live.practice ? "st.live-test.failed-practice" : "st.live-test.failed");
      return say(live.practice ? "st.live-test.practice" : "st.live-test.passed");
    }
    case "done":
      return say(progress.status === "done" ? "st.done.done" : "st.done.todo");
    default:
      return say(`st.${step}`);
  }
}

function render(): void {
  const state = wizardStore().read();
  const progress = journeyProgress(state);
  for (const nav of document.querySelectorAll<HTMLElement>("[data-journey]")) {
    const words = JSON.parse(nav.dataset.words ?? "{}") as Words;
    for (const item of nav.querySelectorAll<HTMLElement>("[data-step]")) {
      const step = item.dataset.step as JourneyStep;
      const stepProgress = progress[step];
      if (!stepProgress) continue;
      item.dataset.status = stepProgress.status;
      const text = item.querySelector("[data-status-text]");
      if (text) text.textContent = statusText(step, stepProgress, state, words);
    }
  }
  for (const box of document.querySelectorAll<HTMLInputElement>("input[data-tick]")) {
    box.checked = state.ticks.includes(box.dataset.tick as TickId);
    box.disabled = false;
  }
}

function onChange(event: Event): void {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.dataset.tick) return;
  const tick = box.dataset.tick as TickId;
  if (!TICK_IDS.includes(tick)) return;
  const store = wizardStore();
  store.update({ ticks: withTick(store.read().ticks, tick, box.checked) });
}

if (typeof document !== "undefined") {
  render();
  wizardStore().subscribe(render);
  document.addEventListener("change", onChange);
}
