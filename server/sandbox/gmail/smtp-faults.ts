/**
 * The ways Gmail's SMTP server can refuse or fail a session that the sandbox can stage for one
 * practice run, each answered with Gmail's own lines (replies.ts): `try-later` (421 4.7.0 in answer
 * to EHLO, connection closed), `too-many-logins` (454 4.7.0 in answer to AUTH), `daily-limit`
 * (550 5.4.5 at the end of DATA), `slow-greeting` (the 220 greeting only after `delayMs`, by default
 * after the client has given up) and `drop` (the connection closed before any greeting).
 */
export const SMTP_FAULT_MODES = ["try-later", "too-many-logins", "daily-limit", "slow-greeting", "drop"] as const;
export type SmtpFaultMode = (typeof SMTP_FAULT_MODES)[number];

/** Longest greeting delay; also the default, which outlasts every client's greeting timeout. */
export const MAX_GREETING_DELAY_MS = 60_000;

export interface SmtpFault {
  mode: SmtpFaultMode;
  /** `slow-greeting` only: how long the greeting waits (default and maximum MAX_GREETING_DELAY_MS). */
  delayMs?: number | undefined;
}
