/** The evidence the API benchmark sends: four typical tickets, English and Italian. */
import type { Evidence } from "../src/core/diagnose/evidence.ts";

export const BENCH_EVIDENCE: (Evidence & { lang?: "en" | "it" })[] = [
  {
    errorText:
      "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=http://erp.acme.com/google_gmail/confirm flowName=GeneralOAuthFlow",
  },
  {
    errorText: "Accesso bloccato: la richiesta di questa app non è valida\nErrore 400: redirect_uri_mismatch",
    lang: "it",
  },
  {
    errorText: "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
    smtp: { host: "smtp.gmail.com", port: 587, encryption: "starttls", authentication: "gmail" },
  },
  {
    odooUrl: "https://mycompany.odoo.com",
    odooVersion: "17.0",
    clientSecretJson: {
      web: {
        client_id: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
        client_secret: "GOCSPX-REDACTED",
        redirect_uris: ["https://mycompany.odoo.com/google_gmail/confirm"],
      },
    },
    consent: { publishingStatus: "testing", userType: "external", testUsers: ["a@gmail.com"] },
    account: { email: "a@gmail.com", kind: "gmail" },
  },
];

/** The floor route answers with the diagnosis of the first ticket (2.9 KB, a typical answer). */
export const FLOOR_EVIDENCE: Evidence = BENCH_EVIDENCE[0] ?? {};
