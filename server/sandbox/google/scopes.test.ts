/** Scope parsing, aliases, sensitivity, granular consent and the echo to the redirect URI. */
import { describe, expect, it } from "vitest";
import {
  EMAIL_SCOPE,
  echoedScopes,
  isGranular,
  isSignInScope,
  knownScopes,
  MAIL_SCOPE,
  needsVerification,
  PROFILE_SCOPE,
  parseScopes,
  scopeText,
} from "./scopes.ts";

const API = "https://www.googleapis.com/auth/";

describe("scopes", () => {
  it("normalizes aliases, drops duplicates and separates unknown scopes", () => {
    expect(parseScopes(`openid  email ${MAIL_SCOPE} profile email bogus`)).toEqual({
      valid: ["openid", EMAIL_SCOPE, MAIL_SCOPE, PROFILE_SCOPE],
      invalid: ["bogus"],
      aliases: ["email", "profile"],
    });
    expect(parseScopes("toString constructor").invalid).toEqual(["toString", "constructor"]);
  });

  it("knows the scopes of the APIs Odoo uses (Gmail, Calendar, Drive, Sheets), each with a consent text", () => {
    for (const scope of [MAIL_SCOPE, `${API}calendar`, `${API}drive`, `${API}spreadsheets`, `${API}gmail.labels`]) {
      expect(parseScopes(scope).invalid).toEqual([]);
    }
    for (const scope of knownScopes()) expect(scopeText(scope)).toBeDefined();
    expect(parseScopes(`${API}gmail.sendx`).invalid).toEqual([`${API}gmail.sendx`]);
  });

  it("knows sign-in scopes and which need verification (sensitive or restricted)", () => {
    expect(isSignInScope(EMAIL_SCOPE)).toBe(true);
    expect(isSignInScope(MAIL_SCOPE)).toBe(false);
    expect(needsVerification(["openid", EMAIL_SCOPE])).toBe(false);
    expect(needsVerification([EMAIL_SCOPE, MAIL_SCOPE])).toBe(true);
    expect(needsVerification([`${API}gmail.send`])).toBe(true);
    expect(needsVerification([`${API}drive.file`, `${API}gmail.labels`])).toBe(false);
  });

  it("is granular only with more than one non-sign-in scope", () => {
    expect(isGranular([MAIL_SCOPE])).toBe(false);
    expect(isGranular([MAIL_SCOPE, EMAIL_SCOPE, "openid"])).toBe(false);
    expect(isGranular([MAIL_SCOPE, `${API}gmail.send`])).toBe(true);
  });

  it("echoes the aliases the request used beside the URLs they stand for", () => {
    expect(echoedScopes([MAIL_SCOPE, "openid", EMAIL_SCOPE], ["email"])).toEqual([
      MAIL_SCOPE,
      "openid",
      "email",
      EMAIL_SCOPE,
    ]);
    expect(echoedScopes([EMAIL_SCOPE], [])).toEqual([EMAIL_SCOPE]);
  });
});
