/**
 * Google's scopes as the emulator knows them: the short aliases Google accepts ("email", "profile"),
 * which scopes are sign-in only, sensitive or restricted (https://mail.google.com/ is restricted), and
 * how a requested scope string splits into valid and invalid scopes.
 */
import type { TextKey } from "./text.ts";

export const MAIL_SCOPE = "https://mail.google.com/";
export const EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";
export const PROFILE_SCOPE = "https://www.googleapis.com/auth/userinfo.profile";
export const OPENID_SCOPE = "openid";

type Sensitivity = "sign-in" | "sensitive" | "restricted";

type ScopeFacts = { sensitivity: Sensitivity; text: TextKey };

const KNOWN = new Map<string, ScopeFacts>([
  [OPENID_SCOPE, { sensitivity: "sign-in", text: "scope.openid" }],
  [EMAIL_SCOPE, { sensitivity: "sign-in", text: "scope.email" }],
  [PROFILE_SCOPE, { sensitivity: "sign-in", text: "scope.profile" }],
  [MAIL_SCOPE, { sensitivity: "restricted", text: "scope.mail" }],
  ["https://www.googleapis.com/auth/gmail.readonly", { sensitivity: "restricted", text: "scope.gmail-readonly" }],
  ["https://www.googleapis.com/auth/gmail.modify", { sensitivity: "restricted", text: "scope.gmail-modify" }],
  ["https://www.googleapis.com/auth/gmail.compose", { sensitivity: "restricted", text: "scope.gmail-compose" }],
  ["https://www.googleapis.com/auth/gmail.send", { sensitivity: "sensitive", text: "scope.gmail-send" }],
]);

const ALIASES = new Map([
  ["email", EMAIL_SCOPE],
  ["profile", PROFILE_SCOPE],
]);

/** Splits a `scope` parameter (space-separated) into known scopes, normalized, and unknown ones. */
export function parseScopes(raw: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const word of raw.split(/\s+/).filter(Boolean)) {
    const scope = ALIASES.get(word) ?? word;
    const list = KNOWN.has(scope) ? valid : invalid;
    if (!list.includes(scope)) list.push(scope);
  }
  return { valid, invalid };
}

/** Sign-in scopes (openid, email, profile) are always granted: the consent page shows no checkbox. */
export function isSignInScope(scope: string): boolean {
  return KNOWN.get(scope)?.sensitivity === "sign-in";
}

/** Whether an unverified app asking for these scopes gets the "Google hasn't verified this app" screen. */
export function needsVerification(scopes: readonly string[]): boolean {
  return scopes.some((scope) => !isSignInScope(scope));
}

export function scopeText(scope: string): TextKey | undefined {
  return KNOWN.get(scope)?.text;
}
