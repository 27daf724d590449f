/**
 * Language-neutral facts of each finding: severity, the guide section that explains it, and how
 * specific a cause it is. Ranking puts a specific cause above the generic symptom it explains.
 */
import type { FindingId } from "./ids.ts";
import type { FindingFacts } from "./types.ts";

const trouble = (anchor: string) => ({ page: "troubleshooting", anchor }) as const;

export const FINDING_FACTS: Readonly<Record<FindingId, FindingFacts>> = {
  "redirect-uri-placeholder": {
    severity: "error",
    docs: trouble("redirect-uri-placeholder"),
    specificity: 95,
    explains: ["redirect-uri-mismatch", "redirect-uri-invalid"],
    redirect: true,
  },
  "oob-flow-blocked": {
    severity: "error",
    docs: trouble("oob-flow-blocked"),
    specificity: 95,
    explains: ["redirect-uri-mismatch", "invalid-client", "odoo-version-old"],
    redirect: true,
  },
  "client-type-desktop": {
    severity: "error",
    docs: trouble("client-type-desktop"),
    specificity: 92,
    explains: ["redirect-uri-mismatch", "invalid-client"],
  },
  "redirect-uri-insecure-http": {
    severity: "error",
    docs: trouble("redirect-uri-insecure-http"),
    specificity: 85,
    explains: ["redirect-uri-mismatch", "web-base-url-mismatch"],
    redirect: true,
  },
  "odoo-module-outdated": {
    severity: "error",
    docs: trouble("odoo-module-outdated"),
    specificity: 85,
    explains: ["odoo-forbidden"],
  },
  "client-id-malformed": {
    severity: "error",
    docs: { page: "google-setup", anchor: "client-secret" },
    specificity: 85,
    explains: ["invalid-client"],
  },
  "redirect-uri-wrong-path": {
    severity: "error",
    docs: trouble("redirect-uri-wrong-path"),
    specificity: 82,
    explains: ["redirect-uri-mismatch"],
    redirect: true,
  },
  "deleted-client": {
    severity: "error",
    docs: trouble("deleted-client"),
    specificity: 82,
    explains: ["invalid-client", "token-fetch-failed"],
  },
  "redirect-uri-invalid": {
    severity: "error",
    docs: trouble("redirect-uri-invalid"),
    specificity: 80,
    explains: ["redirect-uri-mismatch", "web-base-url-mismatch"],
    redirect: true,
  },
  "email-mismatch": {
    severity: "error",
    docs: trouble("email-mismatch"),
    specificity: 80,
    explains: ["smtp-auth-rejected"],
  },
  "test-user-missing": { severity: "error", docs: trouble("test-user-missing"), specificity: 80 },
  "org-internal": { severity: "error", docs: trouble("org-internal"), specificity: 80 },
  "disallowed-useragent": { severity: "error", docs: trouble("disallowed-useragent"), specificity: 80 },
  "policy-enforced": { severity: "error", docs: trouble("policy-enforced"), specificity: 80 },
  "callback-blocked": {
    severity: "error",
    docs: trouble("callback-blocked"),
    specificity: 82,
    explains: ["odoo-forbidden"],
  },
  // Evidence about another Odoo feature: it goes above the redirect and token findings it accounts for,
  // whose advice (the /google_gmail/confirm path, the Gmail server's buttons) is not that feature's.
  "other-odoo-google-feature": {
    severity: "error",
    docs: trouble("other-odoo-google-feature"),
    specificity: 70,
    explains: [
      "redirect-uri-mismatch",
      "redirect-uri-wrong-path",
      "redirect-uri-insecure-http",
      "redirect-uri-placeholder",
      "redirect-uri-invalid",
      "web-base-url-mismatch",
      "token-fetch-failed",
      "refresh-token-invalid",
      "testing-token-expired",
      "auth-code-invalid",
    ],
  },
  "smtp-rate-limited": {
    severity: "error",
    docs: trouble("smtp-rate-limited"),
    specificity: 76,
    explains: ["smtp-auth-rejected"],
  },
  "odoo-credentials-missing": { severity: "error", docs: trouble("odoo-credentials-missing"), specificity: 80 },
  "admin-policy-enforced": {
    severity: "error",
    docs: trouble("admin-policy-enforced"),
    specificity: 78,
    explains: ["token-fetch-failed"],
  },
  "scope-insufficient": {
    severity: "error",
    docs: trouble("scope-insufficient"),
    specificity: 78,
    explains: ["smtp-auth-rejected"],
  },
  "web-base-url-mismatch": {
    severity: "error",
    docs: trouble("web-base-url-mismatch"),
    specificity: 75,
    explains: ["redirect-uri-mismatch"],
    redirect: true,
  },
  "smtp-encryption": { severity: "error", docs: trouble("smtp-encryption"), specificity: 75 },
  "testing-token-expired": {
    severity: "error",
    docs: trouble("testing-token-expired"),
    specificity: 72,
    explains: ["token-fetch-failed", "smtp-auth-rejected", "refresh-token-invalid"],
  },
  "refresh-token-invalid": {
    severity: "error",
    docs: trouble("refresh-token-invalid"),
    specificity: 71,
    explains: ["token-fetch-failed", "smtp-auth-rejected"],
  },
  "smtp-password-auth": { severity: "error", docs: trouble("smtp-password-auth"), specificity: 72 },
  "auth-code-invalid": {
    severity: "error",
    docs: trouble("auth-code-invalid"),
    specificity: 70,
    explains: ["token-fetch-failed"],
  },
  "invalid-client": {
    severity: "error",
    docs: trouble("invalid-client"),
    specificity: 70,
    explains: ["token-fetch-failed"],
  },
  "client-secret-malformed": {
    severity: "warning",
    docs: { page: "google-setup", anchor: "client-secret" },
    specificity: 70,
    explains: ["invalid-client", "token-fetch-failed"],
  },
  "smtp-host-wrong": { severity: "error", docs: { page: "odoo-setup", anchor: "outgoing-server" }, specificity: 65 },
  "app-unverified": { severity: "error", docs: trouble("app-unverified"), specificity: 60 },
  "smtp-auth-rejected": { severity: "error", docs: trouble("smtp-auth-rejected"), specificity: 60 },
  "consent-cancelled": { severity: "warning", docs: trouble("consent-cancelled"), specificity: 55 },
  "odoo-forbidden": { severity: "error", docs: trouble("odoo-forbidden"), specificity: 50 },
  "odoo-version-old": { severity: "warning", docs: trouble("oob-flow-blocked"), specificity: 50 },
  "testing-weekly-reauth": { severity: "warning", docs: trouble("testing-vs-production"), specificity: 40 },
  "redirect-uri-mismatch": {
    severity: "error",
    docs: trouble("redirect-uri-mismatch"),
    specificity: 30,
    redirect: true,
  },
  "token-fetch-failed": { severity: "error", docs: trouble("token-fetch-failed"), specificity: 20 },
  "google-unavailable": {
    severity: "error",
    docs: trouble("token-fetch-failed"),
    specificity: 65,
    explains: ["token-fetch-failed"],
  },
  "smtp-unreachable": { severity: "error", docs: { page: "odoo-setup", anchor: "outgoing-server" }, specificity: 62 },
  "companion-store-unavailable": {
    severity: "error",
    docs: { page: "live-test", anchor: "run" },
    specificity: 70,
  },
  "javascript-origins-present": {
    severity: "info",
    docs: { page: "google-setup", anchor: "javascript-origins" },
    specificity: 10,
  },
};

export function factsOf(id: FindingId): FindingFacts {
  return FINDING_FACTS[id];
}
