/**
 * What the sandbox's parts share. The Google OAuth emulator issues access tokens; the Gmail SMTP
 * emulator accepts an XOAUTH2 login only for a live one. Both read time from the sandbox clock, which
 * tests can advance (to reach the 7-day Testing expiry) through POST /sandbox/google/clock.
 */

/**
 * Sandbox time: real time plus an offset that tests may advance, for everyone or for one OAuth client
 * (so a practice run that jumps a week ahead does not age the tokens of other runs).
 */
export interface SandboxClock {
  /** Milliseconds since the epoch, sandbox time; as seen by one client when its ID is given. */
  now(clientId?: string): number;
  /** Moves sandbox time forward, for every client or only for the one named. */
  advance(ms: number, clientId?: string): void;
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
  /** Verified "Send mail as" addresses: Gmail keeps these in From; any other From becomes the account. */
  sendAs?: readonly string[];
}

/**
 * Who may drive the sandbox's controls: a client ID with its secret, of a client minted for one
 * practice run ("own"); the shared world clients ("shared") and wrong pairs ("wrong") may not.
 */
export interface ClientChecker {
  checkClient(clientId: string, clientSecret: string): "own" | "shared" | "wrong";
}

/** Where the sandbox-only process serves its control API for companion instances (control-api.ts). */
export const SANDBOX_CONTROL_PATH = "/sandbox/control";
