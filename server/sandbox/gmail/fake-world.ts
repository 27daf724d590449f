/**
 * Test support: a stand-in for the Google emulator's side of contracts.ts — access tokens in a Map,
 * a clock tests advance, and a few accounts — so the Gmail sandbox is tested on its own.
 */
import type { AccessTokenInfo, AccessTokenVerifier, SandboxAccount, SandboxClock } from "../contracts.ts";
import { MAIL_SCOPE } from "./replies.ts";

export const ADA = "ada@gmail.com";
/** An account with 2-step verification: password logins get 534-5.7.9. */
export const BOB = "bob@example-workspace.test";

export interface FakeWorld {
  clock: SandboxClock;
  tokens: Map<string, AccessTokenInfo>;
  verifier: AccessTokenVerifier;
  accounts: () => SandboxAccount[];
  /** Registers a token granted by `email`, valid one hour from now (sandbox time). */
  grant(token: string, email: string, scopes?: string[]): void;
}

export function createFakeWorld(): FakeWorld {
  let offset = 0;
  const clock: SandboxClock = {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
  // Like a plain Map lookup: it knows nothing of expiry, so the sandbox's own clock check is what a test sees.
  const tokens = new Map<string, AccessTokenInfo>();
  const accounts: SandboxAccount[] = [
    { email: ADA, kind: "gmail" },
    { email: BOB, kind: "workspace", org: "example-workspace.test", twoStepVerification: true },
  ];
  return {
    clock,
    tokens,
    verifier: { verifyAccessToken: (token) => tokens.get(token) },
    accounts: () => accounts,
    grant(token, email, scopes = [MAIL_SCOPE, "openid", "email"]) {
      tokens.set(token, { email, scopes, clientId: "sandbox-client", expiresAt: clock.now() + 3600 * 1000 });
    },
  };
}
