import { describe, expect, it } from "vitest";
import { announcement } from "./announce.ts";
import { strings } from "./strings.ts";
import { type Run, STEP_IDS, type StepStatus } from "./types.ts";

const en = strings.en;

function run(status: Run["status"], statuses: StepStatus[]): Run {
  return {
    id: "r1",
    status,
    provider: "sandbox",
    mode: "direct",
    lang: "en",
    email: "odoo.tester@gmail.com",
    redirectUri: "http://127.0.0.1/api/live/callback",
    authUrl: "http://127.0.0.1/sandbox/google/o/oauth2/v2/auth",
    createdAt: "2026-01-01T00:00:00.000Z",
    expiresAt: "2026-01-01T00:15:00.000Z",
    steps: STEP_IDS.map((id, index) => ({
      id,
      status: statuses[index] ?? "pending",
      title: `Attempting ${id}`,
      result: "",
      elapsedMs: statuses[index] === "passed" ? 12 : null,
    })),
    sendsLeft: 3,
  };
}

describe("announcement", () => {
  it("says the run started, then each change in the number of finished steps, once", () => {
    const started = run("running", ["passed", "passed", "running"]);
    expect(announcement(run("waiting", ["passed"]), started, en)).toBe("Test running.");
    const more = run("running", ["passed", "passed", "passed", "running"]);
    expect(announcement(started, more, en)).toBe("3 of 11 steps done.");
    expect(
      announcement(more, { ...more, steps: more.steps.map((s) => ({ ...s, elapsedMs: 99 })) }, en),
    ).toBeUndefined();
  });

  it("names the failed step and the final result together", () => {
    const before = run("running", ["passed", "passed", "passed", "running"]);
    const after = run("failed", ["passed", "passed", "passed", "failed", "skipped", "skipped"]);
    expect(announcement(before, after, en)).toBe("Step failed: Attempting token Test finished: Failed.");
    expect(announcement(after, after, en)).toBeUndefined();
  });

  it("announces a run seen for the first time when it is already over, in Italian too", () => {
    expect(announcement(undefined, run("passed", Array(11).fill("passed")), strings.it)).toBe(
      "Test terminato: Tutti i passi riusciti.",
    );
    expect(announcement(undefined, run("waiting", ["passed"]), en)).toBeUndefined();
  });
});
