/**
 * Google's scopes as the emulator knows them: the sign-in scopes and their short aliases ("email",
 * "profile"), and the scopes of the Google APIs that Odoo and apps like it ask for (Gmail, Calendar,
 * Drive, Sheets, Contacts, Cloud), each with its sensitivity as Google's scope list classifies it
 * (https://mail.google.com/ is restricted). Sensitivity decides the unverified-app screen; the number
 * of non-sign-in scopes decides whether consent is granular (a checkbox per scope).
 */
import type { TextKey } from "./text.ts";

export const MAIL_SCOPE = "https://mail.google.com/";
export const EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";
export const PROFILE_SCOPE = "https://www.googleapis.com/auth/userinfo.profile";
export const OPENID_SCOPE = "openid";

type Sensitivity = "sign-in" | "non-sensitive" | "sensitive" | "restricted";

type ScopeFacts = { sensitivity: Sensitivity; text: TextKey };

const API = "https://www.googleapis.com/auth/";

const KNOWN = new Map<string, ScopeFacts>([
  [OPENID_SCOPE, { sensitivity: "sign-in", text: "scope.openid" }],
  [EMAIL_SCOPE, { sensitivity: "sign-in", text: "scope.email" }],
  [PROFILE_SCOPE, { sensitivity: "sign-in", text: "scope.profile" }],
  [MAIL_SCOPE, { sensitivity: "restricted", text: "scope.mail" }],
  [`${API}gmail.readonly`, { sensitivity: "restricted", text: "scope.gmail-readonly" }],
  [`${API}gmail.modify`, { sensitivity: "restricted", text: "scope.gmail-modify" }],
  [`${API}gmail.compose`, { sensitivity: "restricted", text: "scope.gmail-compose" }],
  [`${API}gmail.insert`, { sensitivity: "restricted", text: "scope.gmail-insert" }],
  [`${API}gmail.metadata`, { sensitivity: "restricted", text: "scope.gmail-metadata" }],
  [`${API}gmail.settings.basic`, { sensitivity: "restricted", text: "scope.gmail-settings-basic" }],
  [`${API}gmail.settings.sharing`, { sensitivity: "restricted", text: "scope.gmail-settings-sharing" }],
  [`${API}gmail.send`, { sensitivity: "sensitive", text: "scope.gmail-send" }],
  [`${API}gmail.labels`, { sensitivity: "non-sensitive", text: "scope.gmail-labels" }],
  [`${API}calendar`, { sensitivity: "sensitive", text: "scope.calendar" }],
  [`${API}calendar.readonly`, { sensitivity: "sensitive", text: "scope.calendar-readonly" }],
  [`${API}calendar.events`, { sensitivity: "sensitive", text: "scope.calendar-events" }],
  [`${API}drive`, { sensitivity: "restricted", text: "scope.drive" }],
  [`${API}drive.readonly`, { sensitivity: "restricted", text: "scope.drive-readonly" }],
  [`${API}drive.file`, { sensitivity: "non-sensitive", text: "scope.drive-file" }],
  [`${API}spreadsheets`, { sensitivity: "sensitive", text: "scope.spreadsheets" }],
  [`${API}contacts`, { sensitivity: "sensitive", text: "scope.contacts" }],
  [`${API}contacts.readonly`, { sensitivity: "sensitive", text: "scope.contacts-readonly" }],
  [`${API}cloud-platform`, { sensitivity: "sensitive", text: "scope.cloud-platform" }],
]);

/** Short names Google accepts for sign-in scopes; it echoes them back as asked. */
const ALIASES = new Map([
  ["email", EMAIL_SCOPE],
  ["profile", PROFILE_SCOPE],
]);

export interface ParsedScopes {
  /** Known scopes, normalized (aliases replaced by their URLs), in request order. */
  valid: string[];
  invalid: string[];
  /** The aliases the request used ("email", "profile"), which Google echoes in the redirect. */
  aliases: string[];
}

/** Splits a `scope` parameter (space-separated) into known scopes, normalized, and unknown ones. */
export function parseScopes(raw: string): ParsedScopes {
  const valid: string[] = [];
  const invalid: string[] = [];
  const aliases: string[] = [];
  for (const word of raw.split(/\s+/).filter(Boolean)) {
    const alias = ALIASES.get(word);
    if (alias && !aliases.includes(word)) aliases.push(word);
    const scope = alias ?? word;
    const list = KNOWN.has(scope) ? valid : invalid;
    if (!list.includes(scope)) list.push(scope);
  }
  return { valid, invalid, aliases };
}

/** Sign-in scopes (openid, email, profile) are always granted: the consent page shows no checkbox. */
export function isSignInScope(scope: string): boolean {
  return KNOWN.get(scope)?.sensitivity === "sign-in";
}

/** Whether an unverified app asking for these scopes gets the "Google hasn't verified this app" screen. */
export function needsVerification(scopes: readonly string[]): boolean {
  return scopes.some((scope) => {
    const sensitivity = KNOWN.get(scope)?.sensitivity;
    return sensitivity === "sensitive" || sensitivity === "restricted";
  });
}

/**
 * Granular consent (a checkbox per scope) appears only when more than one non-sign-in scope is asked
 * (developers.google.com/identity/protocols/oauth2/resources/granular-permissions): with one, the
 * user grants or cancels everything.
 */
export function isGranular(scopes: readonly string[]): boolean {
  return scopes.filter((scope) => !isSignInScope(scope)).length > 1;
}

/**
 * The `scope` Google echoes to the redirect URI: each granted scope, with the aliases the request
 * used right before the URL they stand for (`email https://…/userinfo.email`).
 */
export function echoedScopes(granted: readonly string[], aliases: readonly string[]): string[] {
  return granted.flatMap((scope) => {
    const alias = aliases.find((name) => ALIASES.get(name) === scope);
    return alias ? [alias, scope] : [scope];
  });
}

export function scopeText(scope: string): TextKey | undefined {
  return KNOWN.get(scope)?.text;
}

/** Every scope the emulator knows (for the sandbox's documentation and tests). */
export function knownScopes(): string[] {
  return [...KNOWN.keys()];
}
