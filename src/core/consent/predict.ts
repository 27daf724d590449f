/**
 * Predicts, from what the admin chose on the consent screen, the Google refusals they would meet
 * (Error 403: org_internal, Error 403: access_denied for a missing test user) and which trade-off
 * their choice brings (Testing's 7-day re-authorization or the unverified-app screen). Pure.
 */
import { isEmailAddress } from "../email.ts";
import type { FindingId } from "../findings/ids.ts";

export type AccountKind = "gmail" | "workspace";
export type UserType = "internal" | "external";
export type PublishingStatus = "testing" | "production";

export interface ConsentChoices {
  accountKind?: AccountKind | undefined;
  userType?: UserType | undefined;
  publishingStatus?: PublishingStatus | undefined;
  /** The addresses listed under Audience → Test users. */
  testUsers: readonly string[];
  /** The Gmail or Workspace address Odoo will send from. */
  email?: string | undefined;
}

/** The choices as a form holds them: the test users as typed, one address per line. */
export interface ConsentForm {
  accountKind?: AccountKind;
  userType?: UserType;
  publishingStatus?: PublishingStatus;
  testUsers: string;
  email: string;
}

/** Who may authorize: fine, refused by an Internal app, or not known yet. */
export type AccessPrediction = "ok" | "org-internal" | "unknown";
/** Whether the sending address is a test user: listed, missing, not needed (Internal / In production), unknown. */
export type TestUserPrediction = "listed" | "missing" | "not-needed" | "unknown";
/** The trade-off of the choices: Internal (none), Testing (7-day expiry), In production (unverified screen). */
export type TradeOff = "internal" | "testing-7-day" | "production-unverified";

export interface ConsentPrediction {
  /** Refusals Google would answer with, as finding ids. */
  findings: FindingId[];
  access: AccessPrediction;
  testUser: TestUserPrediction;
  tradeOff?: TradeOff;
}

const PERSONAL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** A comparable form of an address: lower case; for Gmail, dots in the name and googlemail.com ignored. */
export function normalizeAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at < 1) return lower;
  const domain = lower.slice(at + 1);
  if (!PERSONAL_DOMAINS.has(domain)) return lower;
  return `${lower.slice(0, at).replace(/\./g, "")}@gmail.com`;
}

/** An email address as typed (surrounding spaces ignored). */
function isAddress(text: string | undefined): boolean {
  return isEmailAddress(text?.trim() ?? "");
}

/** Splits a pasted test-user list: one address per line, or separated by commas, semicolons or spaces. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 500);
}

export function choicesFromForm(form: ConsentForm): ConsentChoices {
  return {
    accountKind: form.accountKind,
    userType: form.userType,
    publishingStatus: form.publishingStatus,
    testUsers: splitAddresses(form.testUsers),
    email: form.email,
  };
}

/** A @gmail.com address is a personal account whatever the admin ticked. */
export function effectiveAccountKind(choices: ConsentChoices): AccountKind | undefined {
  const email = choices.email?.trim().toLowerCase() ?? "";
  if (isAddress(email) && PERSONAL_DOMAINS.has(email.slice(email.lastIndexOf("@") + 1))) return "gmail";
  return choices.accountKind;
}

function testUserPrediction(choices: ConsentChoices, userType: UserType | undefined): TestUserPrediction {
  if (userType === "internal" || choices.publishingStatus === "production") return "not-needed";
  if (userType !== "external" || choices.publishingStatus !== "testing") return "unknown";
  const listed = choices.testUsers.filter(isAddress).map(normalizeAddress);
  if (listed.length === 0) return "missing";
  if (!isAddress(choices.email)) return "unknown";
  return listed.includes(normalizeAddress(choices.email ?? "")) ? "listed" : "missing";
}

export function predictConsent(choices: ConsentChoices): ConsentPrediction {
  const kind = effectiveAccountKind(choices);
  // A personal account has no organization, so External is the only user type it can have.
  const userType = choices.userType ?? (kind === "gmail" ? "external" : undefined);
  const access: AccessPrediction =
    userType === "internal" && kind === "gmail" ? "org-internal" : userType && kind ? "ok" : "unknown";
  const testUser = testUserPrediction(choices, userType);
  const findings: FindingId[] = [];
  if (access === "org-internal") findings.push("org-internal");
  if (testUser === "missing") findings.push("test-user-missing");
  const prediction: ConsentPrediction = { findings, access, testUser };
  if (userType === "internal") {
    if (access !== "org-internal") prediction.tradeOff = "internal";
  } else if (choices.publishingStatus === "testing") prediction.tradeOff = "testing-7-day";
  else if (choices.publishingStatus === "production") prediction.tradeOff = "production-unverified";
  return prediction;
}

/** The catalog entry that explains a trade-off (Internal has none: it is the way out of both). */
export const TRADE_OFF_FINDING: Record<TradeOff, FindingId | undefined> = {
  internal: undefined,
  "testing-7-day": "testing-weekly-reauth",
  "production-unverified": "app-unverified",
};
