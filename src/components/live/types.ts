/**
 * The shapes of the live test API (the contract between this island and server/live/): the run, its
 * steps in their fixed order, the practice scenarios, and a shallow check that an answer is a run.
 */
import type { Finding } from "../../core/diagnose/diagnose.ts";

export type { Finding };

export const STEP_IDS = [
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
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type StepStatus = "pending" | "running" | "passed" | "warning" | "failed" | "skipped";
export type RunStatus = "waiting" | "running" | "passed" | "warning" | "failed";
export type Mode = "direct" | "odoo";

export interface Step {
  id: StepId;
  status: StepStatus;
  title: string;
  result: string;
  details?: string[];
  elapsedMs: number | null;
  finding?: Finding;
}

export interface Run {
  id: string;
  status: RunStatus;
  provider: "google" | "sandbox";
  mode: Mode;
  lang: "en" | "it";
  email: string;
  redirectUri: string;
  authUrl: string;
  createdAt: string;
  expiresAt: string;
  steps: Step[];
  sendsLeft: number;
}

export const SCENARIOS = [
  "healthy",
  "desktop-app",
  "production-unverified",
  "missing-test-user",
  "internal-only",
  "deleted-client",
  "wrong-secret",
  "no-mail-scope",
  "day-7-expiry",
  "google-timeout",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

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
