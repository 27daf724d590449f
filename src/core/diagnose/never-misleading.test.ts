/**
 * Answers that would send an admin the wrong way, checked over generated evidence: no answer tells
 * another Odoo Google feature to change its callback path, no redirect-URI finding outranks an error
 * Google states after it accepted the redirect URI, and a host that only looks like a placeholder never
 * outranks a stated error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FINDING_FACTS } from "../findings/facts.ts";
import type { FindingId } from "../findings/ids.ts";
import { diagnose } from "./diagnose.ts";
import type { Evidence } from "./evidence.ts";

const WEB_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

/** "Error 400:" as Google's pages write it in the languages people paste. */
const STATUS_WORD = fc.constantFrom("Error", "Errore", "Erreur", "Fehler", "Erro", "Hata");
const DETAILS = fc.constantFrom(
  "Request details:",
  "Dettagli richiesta:",
  "Détails de la requête :",
  "Detalles de la solicitud:",
  "Anfragedetails:",
);
const HOST = fc.constantFrom(
  "erp.acme-industries.com",
  "example.com",
  "localhost:8069",
  "192.168.1.20:8069",
  "odoo.local",
  "yourdbname.odoo.com",
  "erp.acme-industries.com:8069",
);
const SCHEME = fc.constantFrom("https", "http");

describe("another Odoo Google feature's callback is never 'corrected'", () => {
  const FEATURE_PATH = fc.constantFrom("/google_account/authentication", "/auth_oauth/signin");
  const evidenceArb = fc
    .record({
      scheme: SCHEME,
      host: HOST,
      path: FEATURE_PATH,
      slash: fc.boolean(),
      status: STATUS_WORD,
      details: DETAILS,
      template: fc.constantFrom("page", "old-wording", "authorize-url", "callback-url", "registered", "client-json"),
      withOdooUrl: fc.boolean(),
    })
    .map(({ scheme, host, path, slash, status, details, template, withOdooUrl }) => {
      const uri = `${scheme}://${host}${path}${slash ? "/" : ""}`;
      const evidence: Evidence = {};
      if (template === "page")
        evidence.errorText = `${status} 400: redirect_uri_mismatch\n${details} redirect_uri=${uri} flowName=GeneralOAuthFlow`;
      if (template === "old-wording")
        evidence.errorText = `The redirect URI in the request: ${uri} did not match a registered redirect URI.`;
      if (template === "authorize-url")
        evidence.url = `https://accounts.google.com/o/oauth2/auth?client_id=${WEB_ID}&redirect_uri=${encodeURIComponent(uri)}&response_type=code`;
      if (template === "callback-url") evidence.url = `${uri}?state=%7B%22d%22%3A%22prod%22%7D&code=4%2F0AeaY`;
      if (template === "registered") evidence.redirectUri = uri;
      if (template === "client-json")
        evidence.clientSecretJson = { web: { client_id: WEB_ID, client_secret: "REDACTED", redirect_uris: [uri] } };
      if (withOdooUrl) evidence.odooUrl = `${scheme}://${host}`;
      return { evidence, path };
    });

  it("never says the path is wrong, and says which feature the evidence is about", () => {
    fc.assert(
      fc.property(evidenceArb, fc.constantFrom("en" as const, "it" as const), ({ evidence, path }, lang) => {
        const result = diagnose(evidence, lang);
        const ids = result.findings.map((f) => f.id);
        expect(ids, JSON.stringify(evidence)).not.toContain("redirect-uri-wrong-path");
        expect(ids, JSON.stringify(evidence)).toContain("other-odoo-google-feature");
        expect(result.primary, JSON.stringify({ evidence, ids })).toBe("other-odoo-google-feature");
        const echoed = result.findings.flatMap((f) => f.evidence).join("\n");
        expect(echoed).toContain(path);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps another feature's registered URI beside the Gmail one without complaint", () => {
    const result = diagnose(
      {
        odooUrl: "https://erp.acme-industries.com",
        clientSecretJson: {
          web: {
            client_id: WEB_ID,
            redirect_uris: [
              "https://erp.acme-industries.com/google_account/authentication",
              "https://erp.acme-industries.com/auth_oauth/signin",
              "https://erp.acme-industries.com/google_gmail/confirm",
            ],
          },
        },
      },
      "en",
    );
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

/** Google's codes that it answers only after the redirect URI was accepted (or before it was read). */
const STATED: { code: string; finding: FindingId; status: number }[] = [
  { code: "org_internal", finding: "org-internal", status: 403 },
  { code: "admin_policy_enforced", finding: "admin-policy-enforced", status: 400 },
  { code: "access_not_configured", finding: "admin-policy-enforced", status: 400 },
  { code: "policy_enforced", finding: "policy-enforced", status: 400 },
  { code: "access_denied", finding: "test-user-missing", status: 403 },
  { code: "disallowed_useragent", finding: "disallowed-useragent", status: 403 },
  { code: "invalid_client", finding: "invalid-client", status: 401 },
  { code: "deleted_client", finding: "deleted-client", status: 401 },
];

/** How people write a code: as Google does, in capitals, with spaces, HTML-escaped. */
function written(code: string, style: number): string {
  if (style === 1) return code.toUpperCase();
  if (style === 2 && code !== "access_denied") return code.replace(/_/g, " ");
  if (style === 3) return code.replace(/_/g, "&#95;");
  return code;
}

const SENT_URI = fc.constantFrom(
  "http://erp.acme-industries.com/google_gmail/confirm",
  "http://localhost:8069/google_gmail/confirm",
  "http://192.168.1.20:8069/google_gmail/confirm",
  "https://example.com/google_gmail/confirm",
  "https://yourdbname.odoo.com/google_gmail/confirm",
  "https://erp.acme-industries.com/google_gmail/confirm/",
  "https://erp.acme-industries.com/odoo/google_gmail/confirm",
  "urn:ietf:wg:oauth:2.0:oob",
  "https://odoo.internal/google_gmail/confirm",
);

describe("a redirect-URI finding never outranks an error Google states after accepting the URI", () => {
  const evidenceArb = fc
    .record({
      stated: fc.constantFrom(...STATED),
      style: fc.integer({ min: 0, max: 3 }),
      status: STATUS_WORD,
      details: DETAILS,
      sent: SENT_URI,
      odooUrl: fc.option(
        fc.constantFrom("http://localhost:8069", "https://example.com", "http://erp.acme-industries.com"),
      ),
      redirectUri: fc.option(
        fc.constantFrom(
          "https://yourdbname.odoo.com/google_gmail/confirm",
          "http://10.0.0.5:8069/google_gmail/confirm/",
        ),
      ),
    })
    .map(({ stated, style, status, details, sent, odooUrl, redirectUri }) => {
      const evidence: Evidence = {
        errorText: `${status} ${stated.status}: ${written(stated.code, style)}\n${details} access_type=offline response_type=code redirect_uri=${sent} flowName=GeneralOAuthFlow`,
      };
      if (odooUrl) evidence.odooUrl = odooUrl;
      if (redirectUri) evidence.redirectUri = redirectUri;
      return { evidence, finding: stated.finding };
    });

  it("puts the stated error first and every redirect-URI finding after it", () => {
    fc.assert(
      fc.property(evidenceArb, fc.constantFrom("en" as const, "it" as const), ({ evidence, finding }, lang) => {
        const result = diagnose(evidence, lang);
        const ids = result.findings.map((f) => f.id);
        const stated = ids.indexOf(finding);
        expect(stated, JSON.stringify({ evidence, ids })).toBeGreaterThanOrEqual(0);
        for (const [index, id] of ids.entries())
          if (FINDING_FACTS[id].redirect) expect(index, JSON.stringify({ evidence, ids })).toBeGreaterThan(stated);
        expect(FINDING_FACTS[result.primary ?? "redirect-uri-mismatch"].redirect, JSON.stringify(ids)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});

describe("a host that only looks like a placeholder never outranks a stated error", () => {
  const STATED_ERRORS = fc.constantFrom(
    "Error 400: redirect_uri_mismatch",
    "535-5.7.8 Username and Password not accepted.",
    "Please configure your Gmail credentials.",
    "Error 403: org_internal",
    "invalid_grant: Token has been expired or revoked.",
    "Forbidden\nYou don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
  );
  const HIDDEN = fc.constantFrom(
    "example.com",
    "www.example.org",
    "mail.example.net",
    "mydomain.com",
    "yourdomain.com",
  );
  it("keeps it below, as a note", () => {
    fc.assert(
      fc.property(STATED_ERRORS, HIDDEN, fc.constantFrom("odooUrl", "redirectUri", "details"), (text, host, where) => {
        const evidence: Evidence = { errorText: text };
        if (where === "odooUrl") evidence.odooUrl = `https://${host}`;
        if (where === "redirectUri") evidence.redirectUri = `https://${host}/google_gmail/confirm`;
        if (where === "details")
          evidence.errorText = `${text}\nRequest details: redirect_uri=https://${host}/google_gmail/confirm`;
        const result = diagnose(evidence, "en");
        expect(result.findings[0]?.id, JSON.stringify(result.findings.map((f) => f.id))).not.toBe(
          "redirect-uri-placeholder",
        );
        const placeholder = result.findings.find((f) => f.id === "redirect-uri-placeholder");
        if (placeholder) expect(placeholder.severity).toBe("info");
      }),
    );
  });
});
