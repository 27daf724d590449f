/** The evidence a support engineer pastes (the diagnostics contract's request body, minus `lang`). */
import type { ProbeEvidence } from "./probe-evidence.ts";

export interface ConsentEvidence {
  publishingStatus?: "testing" | "production";
  userType?: "internal" | "external";
  testUsers?: string[];
  /** Extension: the app passed Google's verification. */
  verified?: boolean;
}

export interface AccountEvidence {
  email?: string;
  kind?: "gmail" | "workspace";
}

export interface SmtpEvidence {
  host?: string;
  port?: number;
  encryption?: "none" | "starttls" | "ssl";
  user?: string;
  authentication?: "gmail" | "login";
}

export interface Evidence {
  errorText?: string;
  url?: string;
  redirectUri?: string;
  odooUrl?: string;
  odooVersion?: string;
  clientSecretJson?: unknown;
  clientId?: string;
  consent?: ConsentEvidence;
  account?: AccountEvidence;
  smtp?: SmtpEvidence;
  /** Extension: a "Check my Odoo" result (POST /api/odoo/probe) as evidence. */
  probe?: ProbeEvidence;
}

export const EVIDENCE_FIELDS = [
  "errorText",
  "url",
  "redirectUri",
  "odooUrl",
  "odooVersion",
  "clientSecretJson",
  "clientId",
  "consent",
  "account",
  "smtp",
  "probe",
] as const satisfies readonly (keyof Evidence)[];

export function hasEvidence(evidence: Evidence): boolean {
  return EVIDENCE_FIELDS.some((field) => {
    const value = evidence[field];
    if (value === undefined || value === null) return false;
    if (typeof value === "string") return value.trim() !== "";
    if (typeof value === "object") return Object.keys(value).length > 0;
    return true;
  });
}
