/**
 * What the sandbox's parts share. The Google OAuth emulator issues access tokens; the Gmail SMTP
 * emulator accepts an XOAUTH2 login only for a live one. Both read time from the sandbox clock, which
 * tests can advance (to reach the 7-day Testing expiry) through POST /sandbox/google/clock.
 */

/** Sandbox time: real time plus an offset that tests may advance. */
export interface SandboxClock {
  /** Milliseconds since the epoch, sandbox time. */
  now(): number;
  /** Moves sandbox time forward. */
  advance(ms: number): void;
}

/** What the Google emulator knows about a live access token. */
export interface AccessTokenInfo {
  /** The Google account the token was granted by. */
  email: string;
  /** Granted scopes, e.g. ["https://mail.google.com/", "openid", "email"]. */
  scopes: string[];
  clientId: string;
  /** Expiry, sandbox time in ms since the epoch. */
  expiresAt: number;
}

/** Looks up an access token; undefined when unknown, revoked or expired (in sandbox time). */
export interface AccessTokenVerifier {
  verifyAccessToken(token: string): AccessTokenInfo | undefined;
}

/** An account of the sandbox world. */
export interface SandboxAccount {
  email: string;
  kind: "gmail" | "workspace";
  /** Organization domain for Workspace accounts. */
  org?: string;
  /** Accounts with 2-step verification answer password logins with 534-5.7.9. */
  twoStepVerification?: boolean;
}
