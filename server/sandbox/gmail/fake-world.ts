/**
 * Test support: a stand-in for the Google emulator's side of contracts.ts — access tokens in a Map,
 * a clock tests advance, and a few accounts — so the Gmail sandbox is tested on its own.
 */
import type {
  AccessTokenInfo,
  AccessTokenVerifier,
  ClientChecker,
  SandboxAccount,
  SandboxClock,
} from "../contracts.ts";
import { MAIL_SCOPE } from "./replies.ts";

export const ADA = "ada@gmail.com";
export const FAKE_ORIGIN = "http://127.0.0.1:4321";
/** The fake world's one practice client: `sandbox-client` with this secret. */
export const CLIENT_SECRET = "GOCSPX-fake-world-secret-0000000";
/** An account with 2-step verification: password logins get 534-5.7.9. */
export const BOB = "bob@example-workspace.test";

export interface FakeWorld {
  clock: SandboxClock;
  tokens: Map<string, AccessTokenInfo>;
  verifier: AccessTokenVerifier;
  accounts: () => SandboxAccount[];
  clients: ClientChecker;
  /** The companion's origin the controls expect as Origin. */
  baseUrl: () => string;
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
    { email: ADA, kind: "gmail", sendAs: ["ada.sales@example-workspace.test"] },
    { email: BOB, kind: "workspace", org: "example-workspace.test", twoStepVerification: true },
  ];
  return {
    clock,
    tokens,
    verifier: { verifyAccessToken: (token) => tokens.get(token) },
    accounts: () => accounts,
    baseUrl: () => FAKE_ORIGIN,
    clients: {
      checkClient: (clientId, secret) =>
        clientId === "sandbox-client" && secret === CLIENT_SECRET
          ? "own"
          : clientId === "shared-client"
            ? "shared"
            : "wrong",
    },
    grant(token, email, scopes = [MAIL_SCOPE, "openid", "email"]) {
      tokens.set(token, { email, scopes, clientId: "sandbox-client", expiresAt: clock.now() + 3600 * 1000 });
    },
  };
}
