/**
 * The shapes of the live test API (the contract between this island and server/live/): the run, its
 * steps in their fixed order, the practice scenarios, and a shallow check that an answer is a run.
 */
import type { LiveRun, RunStatus } from "../../core/live/run.ts";

export type { Finding, Mode, RunStatus, Scenario, Step, StepId, StepStatus } from "../../core/live/run.ts";
export { SCENARIOS, STEP_IDS } from "../../core/live/run.ts";
/** A run as the API sends it. */
export type Run = LiveRun;

const FINAL: readonly RunStatus[] = ["passed", "warning", "failed"];

/** Whether the run has finished (the `send` step may still change later, on request). */
export function isFinal(status: RunStatus): boolean {
  return FINAL.includes(status);
}

export function isRun(value: unknown): value is Run {
  const run = value as Partial<Run> | null;
  return (
    typeof run?.id === "string" &&
    typeof run.status === "string" &&
    Array.isArray(run.steps) &&
    run.steps.every((step) => typeof step?.id === "string" && typeof step.status === "string")
  );
}
