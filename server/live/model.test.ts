import { describe, expect, it } from "vitest";
import { runStatusOf, STEP_IDS, type Step, type StepStatus } from "./model.ts";

function steps(statuses: Partial<Record<(typeof STEP_IDS)[number], StepStatus>>): Step[] {
  return STEP_IDS.map((id) => ({ id, status: statuses[id] ?? "pending", title: "", result: "", elapsedMs: null }));
}

describe("run model", () => {
  it("has the contract's steps in the contract's order", () => {
    expect(STEP_IDS).toEqual([
      "preflight",
      "consent",
      "code",
      "token",
      "scope",
      "account",
      "refresh",
      "smtp-connect",
      "smtp-auth",
      "send",
      "cleanup",
    ]);
  });

  it("is waiting before consent, running until cleanup, then final", () => {
    expect(runStatusOf(steps({ preflight: "passed", consent: "running" }))).toBe("waiting");
    expect(runStatusOf(steps({ preflight: "warning", consent: "passed", token: "running" }))).toBe("running");
    expect(runStatusOf(steps({ consent: "passed", token: "failed" }))).toBe("running");
    expect(runStatusOf(steps({ consent: "passed", token: "failed", cleanup: "passed" }))).toBe("failed");
    expect(runStatusOf(steps({ consent: "warning", send: "skipped", cleanup: "passed" }))).toBe("warning");
    expect(runStatusOf(steps({ consent: "passed", send: "skipped", cleanup: "passed" }))).toBe("passed");
  });

  it("stays final while a test mail is sent, and turns failed if the mail is refused", () => {
    expect(runStatusOf(steps({ consent: "passed", send: "running", cleanup: "passed" }))).toBe("passed");
    expect(runStatusOf(steps({ consent: "passed", send: "failed", cleanup: "passed" }))).toBe("failed");
  });
});
