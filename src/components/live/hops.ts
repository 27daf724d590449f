/**
 * The five hops of the flow (the check before Google → Google consent → callback → token endpoint →
 * smtp.gmail.com) and the state of each, derived from the steps that exercise it, so the diagram can
 * point at the hop where the run failed; the hops after it are skipped, since the run stopped there.
 */
import type { Step, StepId, StepStatus } from "./types.ts";

export const HOPS = ["browser", "consent", "callback", "token", "smtp"] as const;
export type Hop = (typeof HOPS)[number];
export type HopState = "pending" | "running" | "passed" | "warning" | "failed" | "skipped";

const HOP_OF: Record<StepId, Hop | undefined> = {
  preflight: "browser",
  consent: "consent",
  code: "callback",
  token: "token",
  scope: "token",
  account: "token",
  refresh: "token",
  "smtp-connect": "smtp",
  "smtp-auth": "smtp",
  send: "smtp",
  cleanup: undefined,
};

export function hopOf(step: StepId): Hop | undefined {
  return HOP_OF[step];
}

function stateOf(statuses: StepStatus[]): HopState {
  if (statuses.includes("failed")) return "failed";
  if (statuses.length > 0 && statuses.every((status) => status === "skipped")) return "skipped";
  if (statuses.includes("running")) return "running";
  if (statuses.includes("warning")) return "warning";
  const done = statuses.filter((status) => status === "passed");
  if (done.length > 0 && statuses.every((status) => status === "passed" || status === "skipped")) return "passed";
  return done.length > 0 ? "running" : "pending";
}

/** Each hop's state; a hop whose steps are partly passed and partly pending is still running. */
export function hopStates(steps: readonly Step[]): Record<Hop, HopState> {
  const statuses: Record<Hop, StepStatus[]> = { browser: [], consent: [], callback: [], token: [], smtp: [] };
  for (const step of steps) {
    const hop = hopOf(step.id);
    if (hop) statuses[hop].push(step.status);
  }
  const states = {} as Record<Hop, HopState>;
  let stopped = false;
  for (const hop of HOPS) {
    const state = stateOf(statuses[hop]);
    // Nothing runs after the hop that failed: what was still pending there will not happen.
    states[hop] = stopped && state === "pending" ? "skipped" : state;
    if (state === "failed") stopped = true;
  }
  return states;
}
