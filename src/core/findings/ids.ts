/**
 * Finding ids: stable, published in the diagnostics contract (support tools and checks depend on
 * them). Ids are never renamed or removed; new ones may be added.
 */
export const FINDING_IDS = [
  "redirect-uri-mismatch",
  "redirect-uri-insecure-http",
  "redirect-uri-wrong-path",
  "redirect-uri-placeholder",
  "redirect-uri-invalid",
  "web-base-url-mismatch",
  "client-type-desktop",
  "oob-flow-blocked",
  "test-user-missing",
  "app-unverified",
  "testing-token-expired",
  "consent-cancelled",
  "org-internal",
  "admin-policy-enforced",
  "invalid-client",
  "deleted-client",
  "odoo-forbidden",
  "odoo-module-outdated",
  "odoo-credentials-missing",
  "email-mismatch",
  "smtp-auth-rejected",
  "smtp-password-auth",
  "smtp-encryption",
  "auth-code-invalid",
  "token-fetch-failed",
  "scope-insufficient",
  "disallowed-useragent",
  "policy-enforced",
  "callback-blocked",
  "other-odoo-google-feature",
  "refresh-token-invalid",
  "smtp-rate-limited",
  // Added by this project (compatible extensions of the contract):
  "client-id-malformed",
  "client-secret-malformed",
  "javascript-origins-present",
  "testing-weekly-reauth",
  "smtp-host-wrong",
  "odoo-version-old",
  "google-unavailable",
  "smtp-unreachable",
  "companion-store-unavailable",
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = "error" | "warning" | "info";

export function isFindingId(value: unknown): value is FindingId {
  return typeof value === "string" && (FINDING_IDS as readonly string[]).includes(value);
}
