/** What a healthy live-test run ends with, step by step (test mails are only sent on request). */
import type { StepId, StepStatus } from "../../src/core/live/run.ts";

export const ALL_PASSED: Record<StepId, StepStatus> = {
  preflight: "passed",
  consent: "passed",
  code: "passed",
  token: "passed",
  scope: "passed",
  account: "passed",
  refresh: "passed",
  "smtp-connect": "passed",
  "smtp-auth": "passed",
  send: "skipped",
  cleanup: "passed",
};
