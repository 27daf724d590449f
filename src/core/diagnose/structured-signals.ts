/** Signals from the structured fields: client JSON, client ID, consent screen, account, SMTP, version. */
import { clientIdFormatOk, parseClientJson } from "../client-json/client-json.ts";
import { isGmailSmtpHost } from "../gmail-smtp-host.ts";
import { parseOdooVersion } from "../odoo-version.ts";
import { excerpt } from "../redact.ts";
import type { Evidence } from "./evidence.ts";
import { phrase } from "./evidence-text.ts";
import type { Signal } from "./signal.ts";

export interface ClientFacts {
  signals: Signal[];
  registeredUris: string[];
}

export function clientSignals(evidence: Evidence): ClientFacts {
  const signals: Signal[] = [];
  const registeredUris: string[] = [];
  if (
    evidence.clientSecretJson !== undefined &&
    evidence.clientSecretJson !== null &&
    evidence.clientSecretJson !== ""
  ) {
    const parsed = parseClientJson(evidence.clientSecretJson);
    if (parsed.ok) {
      const client = parsed.client;
      if (client.type === "installed")
        signals.push({ id: "client-type-desktop", evidence: phrase("desktop-json"), boost: 5 });
      if (client.clientId && !clientIdFormatOk(client.clientId)) {
        signals.push({ id: "client-id-malformed", evidence: `client_id: ${excerpt(client.clientId, 100)}` });
      }
      if (client.hasSecret && !client.secretLooksRedacted && !client.secretFormatOk) {
        signals.push({ id: "client-secret-malformed", evidence: phrase("secret-format") });
      }
      if (client.javascriptOrigins.length > 0) {
        signals.push({
          id: "javascript-origins-present",
          evidence: `javascript_origins: ${client.javascriptOrigins.map((o) => excerpt(o, 80)).join(", ")}`,
        });
      }
      if (client.type !== "installed") registeredUris.push(...client.redirectUris);
    }
  }
  if (evidence.clientId && !clientIdFormatOk(evidence.clientId)) {
    signals.push({ id: "client-id-malformed", evidence: `clientId: ${excerpt(evidence.clientId, 100)}`, boost: 2 });
  }
  if (evidence.clientId && /^GOCSPX-/.test(evidence.clientId.trim())) {
    signals.push({
      id: "client-id-malformed",
      evidence: phrase("secret-as-id"),
      boost: 4,
    });
  }
  return { signals, registeredUris };
}

export function consentSignals(evidence: Evidence): Signal[] {
  const signals: Signal[] = [];
  const { consent, account } = evidence;
  const email = account?.email?.trim().toLowerCase();
  if (consent?.userType === "internal" && account?.kind === "gmail") {
    signals.push({
      id: "org-internal",
      evidence: phrase("internal-personal", { account: email ? excerpt(email, 80) : phrase("personal-gmail") }),
      boost: 2,
    });
  }
  if (consent?.publishingStatus === "testing" && consent.userType !== "internal") {
    signals.push({ id: "testing-weekly-reauth", evidence: "publishingStatus: testing" });
    const testUsers = consent.testUsers?.map((u) => u.trim().toLowerCase());
    if (testUsers && (testUsers.length === 0 || (email && !testUsers.includes(email)))) {
      signals.push({
        id: "test-user-missing",
        evidence:
          testUsers.length === 0
            ? phrase("test-users-none")
            : phrase("not-a-test-user", { email: excerpt(email ?? "", 80) }),
        boost: 2,
      });
    }
  }
  if (consent?.publishingStatus === "production" && consent.userType !== "internal" && consent.verified !== true) {
    signals.push({
      id: "app-unverified",
      evidence: phrase("production-unverified"),
      severity: "warning",
    });
  }
  return signals;
}

export function smtpSignals(evidence: Evidence): Signal[] {
  const signals: Signal[] = [];
  const smtp = evidence.smtp;
  if (!smtp) return signals;
  const host = smtp.host?.trim().toLowerCase();
  if (host && !isGmailSmtpHost(host))
    signals.push({ id: "smtp-host-wrong", evidence: `smtp.host: ${excerpt(host, 80)}`, boost: 2 });
  if (smtp.encryption === "ssl" || smtp.port === 465) {
    signals.push({
      id: "smtp-encryption",
      evidence: `smtp: ${smtp.encryption ?? ""} ${smtp.port ?? ""}`.trim(),
      boost: 3,
    });
  } else if (smtp.encryption === "none")
    signals.push({ id: "smtp-encryption", evidence: "smtp.encryption: none", boost: 3 });
  else if (smtp.port !== undefined && smtp.port !== 587) {
    signals.push({ id: "smtp-encryption", evidence: `smtp.port: ${smtp.port}`, severity: "warning" });
  }
  if (smtp.authentication === "login")
    signals.push({ id: "smtp-password-auth", evidence: "smtp.authentication: login", severity: "warning" });
  const user = smtp.user?.trim().toLowerCase();
  const email = evidence.account?.email?.trim().toLowerCase();
  if (user && email && user !== email)
    signals.push({
      id: "email-mismatch",
      evidence: `smtp.user ${excerpt(user, 80)} ≠ account ${excerpt(email, 80)}`,
      severity: "warning",
    });
  return signals;
}

export function versionSignals(evidence: Evidence): Signal[] {
  const version = parseOdooVersion(evidence.odooVersion);
  if (version && version.major < 16)
    return [{ id: "odoo-version-old", evidence: `odooVersion: ${excerpt(evidence.odooVersion ?? "", 40)}`, boost: 2 }];
  return [];
}
