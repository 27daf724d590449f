/** Codes, tokens and grants in sandbox time. */
import { describe, expect, it } from "vitest";
import { createSandboxClock, DAY_MS } from "../clock.ts";
import {
  CODE_LIFETIME_MS,
  type CodeRecord,
  createTokenStore,
  LIVE_REFRESH_TOKENS_PER_GRANT,
  REFRESH_UNUSED_LIMIT_MS,
  TESTING_REFRESH_LIFETIME_MS,
} from "./token-store.ts";

const MAIL = "https://mail.google.com/";

function setup() {
  let real = 1_700_000_000_000;
  const clock = createSandboxClock(() => real);
  const store = createTokenStore(clock);
  const codeFields = (overrides: Partial<CodeRecord> = {}) => ({
    clientId: "c1",
    email: "a@gmail.com",
    scopes: [MAIL],
    redirectUri: "http://127.0.0.1/cb",
    codeChallenge: undefined,
    codeChallengeMethod: undefined,
    offline: true,
    issueRefreshToken: true,
    consentAt: clock.now(),
    testingLimited: false,
    nonce: undefined,
    ...overrides,
  });
  return { clock, store, codeFields, tick: (ms: number) => (real += ms) };
}

describe("createTokenStore", () => {
  it("issues codes that expire after 10 minutes of sandbox time", () => {
    const { store, clock, codeFields } = setup();
    const code = store.issueCode(codeFields());
    expect(store.findCode(code)).toMatchObject({ redeemed: false, expiresAt: clock.now() + CODE_LIFETIME_MS });
  });

  it("verifies access tokens until they expire or are revoked", () => {
    const { store, clock } = setup();
    const token = store.issueAccessToken({ clientId: "c1", email: "a@gmail.com", scopes: [MAIL], offline: true });
    expect(store.verifyAccessToken(token)).toMatchObject({ email: "a@gmail.com", scopes: [MAIL], clientId: "c1" });
    clock.advance(3599_000);
    expect(store.verifyAccessToken(token)).toBeUndefined();
    expect(store.verifyAccessToken("ya29.unknown")).toBeUndefined();
  });

  it("limits Testing refresh tokens to 7 days after consent", () => {
    const { store, clock, codeFields } = setup();
    const code = store.issueCode(codeFields({ testingLimited: true }));
    const record = store.findCode(code);
    if (!record) throw new Error("no code");
    clock.advance(DAY_MS);
    const token = store.issueRefreshToken(record);
    const refresh = store.findRefreshToken(token);
    if (!refresh) throw new Error("no refresh token");
    expect(refresh.expiresAt).toBe(record.consentAt + TESTING_REFRESH_LIFETIME_MS);
    clock.advance(6 * DAY_MS - 1);
    expect(store.isRefreshUsable(refresh)).toBe(true);
    clock.advance(1);
    expect(store.isRefreshUsable(refresh)).toBe(false);
  });

  it("lets a refresh token unused for six months die", () => {
    const { store, clock, codeFields } = setup();
    const record = store.findCode(store.issueCode(codeFields()));
    if (!record) throw new Error("no code");
    const refresh = store.findRefreshToken(store.issueRefreshToken(record));
    if (!refresh) throw new Error("no refresh token");
    clock.advance(REFRESH_UNUSED_LIMIT_MS - 1);
    expect(store.isRefreshUsable(refresh)).toBe(true);
    clock.advance(1);
    expect(store.isRefreshUsable(refresh)).toBe(false);
  });

  it("keeps at most 100 live refresh tokens per account and client, dropping the oldest", () => {
    const { store, codeFields, tick } = setup();
    const record = store.findCode(store.issueCode(codeFields()));
    if (!record) throw new Error("no code");
    const tokens: string[] = [];
    for (let i = 0; i <= LIVE_REFRESH_TOKENS_PER_GRANT; i++) {
      tick(1);
      tokens.push(store.issueRefreshToken(record));
    }
    const usable = tokens.map((t) => {
      const r = store.findRefreshToken(t);
      return r ? store.isRefreshUsable(r) : false;
    });
    expect(usable[0]).toBe(false);
    expect(usable.slice(1).every(Boolean)).toBe(true);
  });

  it("revokes the whole grant from any of its tokens, and only live tokens", () => {
    const { store, codeFields } = setup();
    store.recordConsent("c1", "a@gmail.com", [MAIL]);
    store.recordConsent("c1", "a@gmail.com", ["openid"]);
    expect(store.grantedScopes("c1", "a@gmail.com")).toEqual([MAIL, "openid"]);
    const record = store.findCode(store.issueCode(codeFields()));
    if (!record) throw new Error("no code");
    const refresh = store.issueRefreshToken(record);
    const access = store.issueAccessToken({ clientId: "c1", email: "a@gmail.com", scopes: [MAIL], offline: true });
    const other = store.issueAccessToken({ clientId: "c2", email: "a@gmail.com", scopes: [MAIL], offline: true });
    expect(store.revoke(access)).toBe(true);
    expect(store.grantedScopes("c1", "a@gmail.com")).toEqual([]);
    expect(store.verifyAccessToken(access)).toBeUndefined();
    expect(store.findRefreshToken(refresh)?.revoked).toBe(true);
    expect(store.verifyAccessToken(other)).toBeDefined();
    expect(store.revoke(refresh)).toBe(false);
    expect(store.revoke("ya29.nope")).toBe(false);
  });

  it("ages one client's grants without moving the clock: its refresh tokens and codes die, access tokens keep their hour", () => {
    const { store, codeFields, clock } = setup();
    const refreshToken = (clientId: string) => {
      const record = store.findCode(store.issueCode(codeFields({ clientId, testingLimited: true })));
      if (!record) throw new Error("no code");
      return store.issueRefreshToken(record);
    };
    const mine = refreshToken("c1");
    const theirs = refreshToken("c2");
    const pendingCode = store.issueCode(codeFields({ clientId: "c1" }));
    const access = store.issueAccessToken({ clientId: "c1", email: "a@gmail.com", scopes: [MAIL], offline: true });
    store.ageGrants("c1", 8 * DAY_MS);
    const usable = (token: string) => {
      const record = store.findRefreshToken(token);
      return record ? store.isRefreshUsable(record) : false;
    };
    expect(usable(mine)).toBe(false);
    expect(usable(theirs)).toBe(true);
    expect(store.findCode(pendingCode)?.expiresAt).toBeLessThan(clock.now("c1"));
    expect(store.verifyAccessToken(access)).toBeDefined();
  });
});
