/** Scope parsing, aliases and sensitivity. */
import { describe, expect, it } from "vitest";
import { EMAIL_SCOPE, isSignInScope, MAIL_SCOPE, needsVerification, PROFILE_SCOPE, parseScopes } from "./scopes.ts";

describe("scopes", () => {
  it("normalizes aliases, drops duplicates and separates unknown scopes", () => {
    expect(parseScopes(`openid  email ${MAIL_SCOPE} profile email bogus`)).toEqual({
      valid: ["openid", EMAIL_SCOPE, MAIL_SCOPE, PROFILE_SCOPE],
      invalid: ["bogus"],
    });
    expect(parseScopes("toString constructor").invalid).toEqual(["toString", "constructor"]);
  });

  it("knows sign-in scopes and which need verification", () => {
    expect(isSignInScope(EMAIL_SCOPE)).toBe(true);
    expect(isSignInScope(MAIL_SCOPE)).toBe(false);
    expect(needsVerification(["openid", EMAIL_SCOPE])).toBe(false);
    expect(needsVerification([EMAIL_SCOPE, MAIL_SCOPE])).toBe(true);
    expect(needsVerification(["https://www.googleapis.com/auth/gmail.send"])).toBe(true);
  });
});
