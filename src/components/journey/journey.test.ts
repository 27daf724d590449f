import { describe, expect, it } from "vitest";
import { journeyWords } from "../shared/journey-words.ts";
import { journeyProgress } from "../shared/progress.ts";
import { EMPTY_STATE, type WizardState } from "../shared/store.ts";
import { statusText } from "./journey.ts";

const words = (lang: "en" | "it") => journeyWords[lang] as Record<string, string>;
const say = (state: WizardState, lang: "en" | "it" = "en") => {
  const progress = journeyProgress(state);
  return Object.fromEntries(
    (Object.keys(progress) as (keyof typeof progress)[]).map((step) => [
      step,
      statusText(step, progress[step], state, words(lang)),
    ]),
  );
};

describe("the stepper's sentences", () => {
  it("say where each step stands, in the page's language", () => {
    expect(say(EMPTY_STATE)).toEqual({
      "before-you-start": "0 of 4 ready",
      "google-setup": "0 of 3 checks pass",
      "odoo-setup": "0 of 5 steps done",
      "live-test": "Not run yet",
      done: "After a passing test",
    });
    expect(say({ ...EMPTY_STATE, ticks: ["odoo.server", "odoo.connect"] }, "it")["odoo-setup"]).toBe(
      "Passi fatti: 2 su 5",
    );
  });

  it("tell a practice run from a run with the admin's own client", () => {
    const at = 1_700_000_000_000;
    const practice = say({ ...EMPTY_STATE, liveTest: { status: "passed", practice: true, mode: "direct", at } });
    expect(practice["live-test"]).toBe("Passed in practice");
    expect(practice.done).toBe("After a passing test");
    const real = say({ ...EMPTY_STATE, liveTest: { status: "passed", practice: false, mode: "odoo", at } }, "it");
    expect([real["live-test"], real.done]).toEqual(["Riuscito", "Gmail funziona con Odoo"]);
    const failed = say({ ...EMPTY_STATE, liveTest: { status: "failed", practice: true, mode: "odoo", at } });
    expect(failed["live-test"]).toBe("Failed in practice");
  });

  it("name a failing setup check instead of counting", () => {
    const state: WizardState = {
      ...EMPTY_STATE,
      odooUrl: "http://erp.example.com",
      redirect: { uri: "http://erp.example.com/google_gmail/confirm", problems: ["redirect-uri-insecure-http"] },
    };
    expect(say(state)["google-setup"]).toBe("A check needs a fix");
  });
});
