import { describe, expect, it } from "vitest";
import { hopOf, hopStates } from "./hops.ts";
import { STEP_IDS, type Step, type StepStatus } from "./types.ts";

function steps(statuses: Partial<Record<Step["id"], StepStatus>>): Step[] {
  return STEP_IDS.map((id) => ({ id, status: statuses[id] ?? "pending", title: id, result: "", elapsedMs: null }));
}

describe("hops", () => {
  it("maps each step to the hop it exercises", () => {
    expect(STEP_IDS.map(hopOf)).toEqual([
      "browser",
      "consent",
      "callback",
      "token",
      "token",
      "token",
      "token",
      "smtp",
      "smtp",
      "smtp",
      undefined,
    ]);
  });

  it("is all pending before consent", () => {
    expect(hopStates(steps({ preflight: "passed" }))).toEqual({
      browser: "passed",
      consent: "pending",
      callback: "pending",
      token: "pending",
      smtp: "pending",
    });
  });

  it("marks the token endpoint as failing when the refresh fails after the token passed", () => {
    const states = hopStates(
      steps({ preflight: "passed", consent: "passed", code: "passed", token: "passed", refresh: "failed" }),
    );
    expect(states.token).toBe("failed");
    expect(states.callback).toBe("passed");
    expect(states.smtp).toBe("skipped");
  });

  it("marks the hop that failed and every hop after it as skipped, whatever their steps say", () => {
    const preflight = hopStates(steps({ preflight: "failed", consent: "skipped", code: "skipped", token: "skipped" }));
    expect(preflight).toEqual({
      browser: "failed",
      consent: "skipped",
      callback: "skipped",
      token: "skipped",
      smtp: "skipped",
    });
  });

  it("keeps a half-done hop running, and counts a skipped send as done", () => {
    expect(hopStates(steps({ token: "passed", scope: "running" })).token).toBe("running");
    expect(hopStates(steps({ token: "passed" })).token).toBe("running");
    expect(hopStates(steps({ "smtp-connect": "passed", "smtp-auth": "passed", send: "skipped" })).smtp).toBe("passed");
    expect(hopStates(steps({ "smtp-connect": "warning", "smtp-auth": "passed" })).smtp).toBe("warning");
  });
});
