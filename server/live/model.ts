/**
 * The live connection test's data: the public run and its steps (the contract with the island), the
 * practice scenarios, and the server-only record that also holds the secrets of one run. Secrets live
 * only in `LiveRecord.secrets`, never in the run object that is sent, streamed or reported.
 */
import type { Finding } from "../../src/core/diagnose/diagnose.ts";
import type { LiveRun, RunStatus, Scenario, Step, StepId, StepStatus } from "../../src/core/live/run.ts";
import type { Secret } from "./secret.ts";

export * from "../../src/core/live/run.ts";

/** Test mails one run may send (POST /send-test). */
export const MAX_SENDS = 3;
/** How long a run and everything it holds is kept. */
export const RUN_TTL_MS = 15 * 60 * 1000;

/** What the run knows about the client's console settings: only in practice runs (the sandbox world). */
export interface ConsoleFacts {
  publishingStatus: "testing" | "production";
  userType: "internal" | "external";
  verified: boolean;
  testUsers: string[];
}

/** Where the SMTP checks connect: smtp.gmail.com:587 with the system CAs, or the Gmail emulator. */
export interface SmtpTarget {
  host: string;
  port: number;
  /** Extra CA to trust (the sandbox's); verification always stays on. */
  ca?: string;
}

/** Where the run's OAuth calls go (Google or the sandbox's emulator). */
export interface ProviderEndpoints {
  oauth2AuthBaseUrl: string;
  oauth2TokenUrl: string;
  oauth2RevokeUrl: string;
  tokenInfoUrl: string;
  userinfoUrl: string;
}

/** The outcome of one step, as the engine applies it. */
export interface StepOutcome {
  status: StepStatus;
  result: string;
  details?: string[];
  finding?: Finding;
}

/** The server-only part of a run: everything needed to drive it, secrets included. */
export interface LiveRecord {
  run: LiveRun;
  clientId: string;
  /** The random half of `state` (the other half is the run id). */
  stateNonce: string;
  createdAtMs: number;
  /** Absolute expiry, ms since the epoch (the store's clock). */
  expiresAtMs: number;
  endpoints: ProviderEndpoints;
  smtp: SmtpTarget;
  scenario?: Scenario;
  facts?: ConsoleFacts;
  /** Set once a send is in progress, so two send-test calls cannot overlap. */
  sending: boolean;
  /** Held as Secret values: JSON, inspection and string forms show `[redacted]`. */
  secrets: {
    clientSecret?: Secret;
    codeVerifier?: Secret;
    refreshToken?: Secret;
    /** Kept after cleanup, until the run expires, for POST /send-test only. */
    accessToken?: Secret;
  };
}

const FINAL: readonly RunStatus[] = ["passed", "warning", "failed"];

export function isFinal(status: RunStatus): boolean {
  return FINAL.includes(status);
}

/**
 * The run's status from its steps: waiting before consent, running until cleanup is done, then
 * failed, warning or passed. It is final from cleanup on: a test mail sent later (the `send` step)
 * can only turn it to failed, never back to running.
 */
export function runStatusOf(steps: readonly Step[]): RunStatus {
  const of = (id: StepId) => steps.find((s) => s.id === id)?.status;
  const cleanup = of("cleanup");
  if (cleanup !== "passed" && cleanup !== "warning") {
    const consent = of("consent");
    return consent === "pending" || consent === "running" ? "waiting" : "running";
  }
  if (steps.some((s) => s.status === "failed")) return "failed";
  return steps.some((s) => s.status === "warning") ? "warning" : "passed";
}

export function stepOf(run: LiveRun, id: StepId): Step {
  const step = run.steps.find((s) => s.id === id);
  if (!step) throw new Error(`The run has no step ${id}.`);
  return step;
}
