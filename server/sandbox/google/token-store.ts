/**
 * What the emulated Google remembers, in memory and in sandbox time: grants (which scopes an account
 * gave a client), single-use authorization codes (10 minutes), access tokens (3599 s) and refresh
 * tokens (with Testing's 7-day limit, six months of disuse, and at most 100 live per account and
 * client). Revoking any token of a grant removes the whole grant, as Google does. A practice run can
 * make its own client's grants older (`ageGrants`) instead of moving a clock its clients cannot see:
 * the access tokens they hold keep their hour, and only what Google decides on its side (refresh,
 * codes) sees the time that passed.
 */

import { DAY_MS } from "../clock.ts";
import type { AccessTokenInfo, AccessTokenVerifier, SandboxClock } from "../contracts.ts";
import { newAccessToken, newAuthorizationCode, newRefreshToken } from "./formats.ts";

export const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const ACCESS_TOKEN_LIFETIME_S = 3599;
export const TESTING_REFRESH_LIFETIME_MS = 7 * DAY_MS;
export const REFRESH_UNUSED_LIMIT_MS = 183 * DAY_MS;
export const LIVE_REFRESH_TOKENS_PER_GRANT = 100;
const SWEEP_EVERY = 256;

export interface CodeRecord {
  clientId: string;
  email: string;
  scopes: string[];
  redirectUri: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: "S256" | "plain" | undefined;
  offline: boolean;
  /** A refresh token comes with the code only when the consent screen was shown (and offline). */
  issueRefreshToken: boolean;
  /** When the user consented (sandbox ms): the Testing 7-day clock and session control start here. */
  consentAt: number;
  /** Whether its refresh token dies 7 days after consent (External app in Testing). */
  testingLimited: boolean;
  /** OpenID Connect `nonce` of the authorization request, echoed in the ID token. */
  nonce: string | undefined;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshRecord {
  clientId: string;
  email: string;
  scopes: string[];
  consentAt: number;
  issuedAt: number;
  /** Hard expiry (Testing), sandbox ms; undefined when it lives until revoked or unused. */
  expiresAt: number | undefined;
  lastUsedAt: number;
  revoked: boolean;
}

export interface AccessRecord {
  clientId: string;
  email: string;
  scopes: string[];
  offline: boolean;
  expiresAt: number;
  revoked: boolean;
}

export interface TokenStore extends AccessTokenVerifier {
  grantedScopes(clientId: string, email: string): string[];
  /** Adds scopes to the account's grant for the client (grants accumulate). */
  recordConsent(clientId: string, email: string, scopes: readonly string[]): void;
  issueCode(record: Omit<CodeRecord, "expiresAt" | "redeemed">): string;
  findCode(code: string): CodeRecord | undefined;
  issueAccessToken(fields: Omit<AccessRecord, "expiresAt" | "revoked">): string;
  issueRefreshToken(code: CodeRecord): string;
  findAccessToken(token: string): AccessRecord | undefined;
  findRefreshToken(token: string): RefreshRecord | undefined;
  /** Whether a refresh token can still be used now (not revoked, expired or unused too long). */
  isRefreshUsable(record: RefreshRecord): boolean;
  /** Removes the grant of the token's account and client with every token issued under it. */
  revoke(token: string): boolean;
  /**
   * Makes every grant of the client `ms` older: consent, refresh tokens and codes, as if that much
   * time had passed on Google's side. Access tokens already issued keep their own expiry.
   */
  ageGrants(clientId: string, ms: number): void;
}

const grantKey = (clientId: string, email: string) => `${clientId}\n${email}`;

export function createTokenStore(clock: SandboxClock): TokenStore {
  const grants = new Map<string, Set<string>>();
  const codes = new Map<string, CodeRecord>();
  const accessTokens = new Map<string, AccessRecord>();
  const refreshTokens = new Map<string, RefreshRecord>();
  let issued = 0;

  function sweep(): void {
    issued += 1;
    if (issued % SWEEP_EVERY !== 0) return;
    for (const [code, record] of codes) if (record.expiresAt < clock.now(record.clientId)) codes.delete(code);
    for (const [token, record] of accessTokens)
      if (record.expiresAt < clock.now(record.clientId) || record.revoked) accessTokens.delete(token);
    // An unknown refresh token gets the same answer as a dead one, so dead ones need not be kept.
    for (const [token, record] of refreshTokens) if (!isRefreshUsable(record)) refreshTokens.delete(token);
  }

  function isRefreshUsable(record: RefreshRecord): boolean {
    const now = clock.now(record.clientId);
    if (record.revoked) return false;
    if (record.expiresAt !== undefined && now >= record.expiresAt) return false;
    return now - record.lastUsedAt < REFRESH_UNUSED_LIMIT_MS;
  }

  /** Keeps at most LIVE_REFRESH_TOKENS_PER_GRANT live refresh tokens per grant: the oldest go first. */
  function dropOldRefreshTokens(clientId: string, email: string): void {
    const live = [...refreshTokens.values()]
      .filter((r) => r.clientId === clientId && r.email === email && isRefreshUsable(r))
      .sort((a, b) => a.issuedAt - b.issuedAt);
    for (const record of live.slice(0, Math.max(0, live.length - LIVE_REFRESH_TOKENS_PER_GRANT))) {
      record.revoked = true;
    }
  }

  return {
    grantedScopes: (clientId, email) => [...(grants.get(grantKey(clientId, email)) ?? [])],
    recordConsent(clientId, email, scopes) {
      const key = grantKey(clientId, email);
      const granted = grants.get(key) ?? new Set<string>();
      for (const scope of scopes) granted.add(scope);
      grants.set(key, granted);
    },
    issueCode(record) {
      sweep();
      const code = newAuthorizationCode();
      codes.set(code, { ...record, expiresAt: clock.now(record.clientId) + CODE_LIFETIME_MS, redeemed: false });
      return code;
    },
    findCode: (code) => codes.get(code),
    issueAccessToken(fields) {
      sweep();
      const token = newAccessToken();
      const expiresAt = clock.now(fields.clientId) + ACCESS_TOKEN_LIFETIME_S * 1000;
      accessTokens.set(token, { ...fields, expiresAt, revoked: false });
      return token;
    },
    issueRefreshToken(code) {
      const now = clock.now(code.clientId);
      const token = newRefreshToken();
      refreshTokens.set(token, {
        clientId: code.clientId,
        email: code.email,
        scopes: code.scopes,
        consentAt: code.consentAt,
        issuedAt: now,
        expiresAt: code.testingLimited ? code.consentAt + TESTING_REFRESH_LIFETIME_MS : undefined,
        lastUsedAt: now,
        revoked: false,
      });
      dropOldRefreshTokens(code.clientId, code.email);
      return token;
    },
    findAccessToken: (token) => accessTokens.get(token),
    findRefreshToken: (token) => refreshTokens.get(token),
    isRefreshUsable,
    revoke(token) {
      const record = accessTokens.get(token) ?? refreshTokens.get(token);
      const live =
        record &&
        !record.revoked &&
        ("offline" in record ? record.expiresAt > clock.now(record.clientId) : isRefreshUsable(record));
      if (!record || !live) return false;
      const { clientId, email } = record;
      grants.delete(grantKey(clientId, email));
      for (const r of [...accessTokens.values(), ...refreshTokens.values()]) {
        if (r.clientId === clientId && r.email === email) r.revoked = true;
      }
      return true;
    },
    ageGrants(clientId, ms) {
      for (const record of refreshTokens.values()) {
        if (record.clientId !== clientId) continue;
        record.consentAt -= ms;
        record.issuedAt -= ms;
        record.lastUsedAt -= ms;
        if (record.expiresAt !== undefined) record.expiresAt -= ms;
      }
      for (const record of codes.values()) {
        if (record.clientId !== clientId) continue;
        record.consentAt -= ms;
        record.expiresAt -= ms;
      }
    },
    verifyAccessToken(token): AccessTokenInfo | undefined {
      const record = accessTokens.get(token);
      if (!record || record.revoked || record.expiresAt <= clock.now(record.clientId)) return undefined;
      return {
        email: record.email,
        scopes: [...record.scopes],
        clientId: record.clientId,
        expiresAt: record.expiresAt,
      };
    },
  };
}
