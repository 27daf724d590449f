/**
 * The live connection test's public shapes: the run and its steps as the API sends, streams and
 * reports them, and the practice scenarios. Shared by server/live/ and the live-test island.
 */
import type { Finding } from "../diagnose/diagnose.ts";
import type { Lang } from "../lang.ts";

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

export const STEP_STATUSES = ["pending", "running", "passed", "warning", "failed", "skipped"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const RUN_STATUSES = ["waiting", "running", "passed", "warning", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const PROVIDERS = ["google", "sandbox"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const MODES = ["direct", "odoo"] as const;
export type Mode = (typeof MODES)[number];

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
  "smtp-try-later",
  "smtp-too-many-logins",
  "smtp-daily-limit",
  "smtp-slow-greeting",
  "smtp-dropped",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface Step {
  id: StepId;
  status: StepStatus;
  /** "Attempting to …", in the run's language. */
  title: string;
  /** The outcome sentence, in the run's language. */
  result: string;
  details?: string[];
  elapsedMs: number | null;
  finding?: Finding;
}

export interface LiveRun {
  id: string;
  status: RunStatus;
  provider: Provider;
  mode: Mode;
  lang: Lang;
  email: string;
  redirectUri: string;
  authUrl: string;
  createdAt: string;
  expiresAt: string;
  steps: Step[];
  sendsLeft: number;
}
