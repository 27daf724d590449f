import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnose } from "../src/core/diagnose/diagnose.ts";
import type { Evidence } from "../src/core/diagnose/evidence.ts";
import { PASTED_CASES } from "../test/cases/pasted.ts";
import { diagnosisJson } from "./diagnosis-json.ts";

const WEB_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

/** Lines that each lead to findings, so random mixes give answers with several findings and hints. */
const LINES = [
  "Error 400: redirect_uri_mismatch",
  "Request details: redirect_uri=http://erp.acme.com/google_gmail/confirm flowName=GeneralOAuthFlow",
  "Errore 403: access_denied",
  "L'app è attualmente in fase di test e può essere utilizzata solo da tester approvati dallo sviluppatore.",
  "Google hasn't verified this app",
  'invalid_grant: "Token has been expired or revoked."',
  "Error 401: invalid_client The OAuth client was not found.",
  "Error 401: deleted_client",
  "Error 403: org_internal",
  "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
  "530 5.7.0 Authentication Required",
  "Forbidden",
  "Please configure your Gmail credentials.",
  "An error occurred when fetching the access token.",
  "Code was already redeemed.",
  "Error 403: disallowed_useragent",
  "urn:ietf:wg:oauth:2.0:oob",
  'refresh_token="1//0gSecretValue123456" "quotes" \\ back\\slash \u2028 tab\t',
  "https://mycompany.odoo.com/google_gmail/confirm?error=access_denied&state=%7B%22model%22%3A%22ir.mail_server%22%2C%22id%22%3Afalse%7D",
  // Answers with a question, explained findings, another feature, demoted redirect findings:
  "535-5.7.8 Username and Password not accepted.",
  "invalid_grant: Bad Request",
  "An error occur during the authentication process.",
  "403 Forbidden",
  "403 Forbidden\nnginx/1.24.0",
  "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=https://erp.acme.com/google_account/authentication",
  "Error 400: policy_enforced",
  "454 4.7.0 Too many login attempts",
  "Errore 400: redirect_uri_mismatch\nDettagli richiesta: redirect_uri=https://example.com/google_gmail/confirm",
];

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    errorText: fc.oneof(
      fc.array(fc.constantFrom(...LINES), { maxLength: 6 }).map((l) => l.join("\n")),
      fc.string(),
    ),
    redirectUri: fc.constantFrom(
      "https://mycompany.odoo.com/google_gmail/confirm",
      "http://10.0.0.5:8069/google_gmail/confirm/",
    ),
    odooUrl: fc.constantFrom("https://mycompany.odoo.com", "http://localhost:8069", "https://yourdbname.odoo.com"),
    odooVersion: fc.constantFrom("16.0", "17.0", "18.0", "19.0", "saas~17.2"),
    clientSecretJson: fc.constantFrom(
      {
        web: {
          client_id: WEB_ID,
          client_secret: "GOCSPX-abcdefghijklmnop",
          redirect_uris: ["https://mycompany.odoo.com/google_gmail/confirm"],
        },
      },
      { installed: { client_id: WEB_ID, redirect_uris: ["http://localhost"] } },
    ),
    consent: fc.constantFrom(
      { publishingStatus: "testing" as const, userType: "external" as const, testUsers: [] },
      { publishingStatus: "production" as const, userType: "internal" as const },
    ),
    account: fc.constantFrom(
      { email: "a@gmail.com", kind: "gmail" as const },
      { email: "b@acme.com", kind: "workspace" as const },
    ),
    smtp: fc.constantFrom(
      { host: "smtp.gmail.com", port: 465, encryption: "ssl" as const, authentication: "login" as const },
      { host: "smtp.gmail.com", port: 587, encryption: "starttls" as const, authentication: "gmail" as const },
    ),
  },
  { requiredKeys: [] },
);

describe("diagnosisJson", () => {
  it("gives the same text as serializing the diagnosis", () => {
    fc.assert(
      fc.property(evidence, fc.constantFrom("en" as const, "it" as const), (input, lang) => {
        expect(diagnosisJson(input, lang)).toBe(JSON.stringify(diagnose(input, lang)));
      }),
      { numRuns: 500 },
    );
  });

  it.each(PASTED_CASES)("gives the same text for pasted case $id", (c) => {
    for (const lang of ["en", "it"] as const)
      expect(diagnosisJson(c.evidence, lang)).toBe(JSON.stringify(diagnose(c.evidence, lang)));
  });

  it("covers a question, explained findings and the confidence", () => {
    const answer = JSON.parse(diagnosisJson({ errorText: "535-5.7.8 Username and Password not accepted." }, "it"));
    expect(answer).toMatchObject({ primary: "smtp-auth-rejected", confidence: "low" });
    expect(answer.question.choices.map((c: { leadsTo: string }) => c.leadsTo)).toEqual([
      "smtp-auth-rejected",
      "smtp-password-auth",
    ]);
    const grouped = JSON.parse(
      diagnosisJson(
        { redirectUri: "http://erp.acme.com/google_gmail/confirm", errorText: "Error 400: redirect_uri_mismatch" },
        "en",
      ),
    );
    expect(grouped.findings[0]).toMatchObject({
      id: "redirect-uri-insecure-http",
      explains: ["redirect-uri-mismatch"],
    });
  });

  it("covers answers with no finding (hint) and with several findings", () => {
    expect(JSON.parse(diagnosisJson({ odooVersion: "17.0" }, "it")).hint).toBeTypeOf("string");
    const many = { errorText: LINES.join("\n"), odooUrl: "http://localhost:8069" };
    expect(JSON.parse(diagnosisJson(many, "en")).findings.length).toBeGreaterThan(5);
    expect(diagnosisJson(many, "en")).toBe(JSON.stringify(diagnose(many, "en")));
  });
});
