/** The evidence the API benchmark sends: typical tickets, English and Italian, old and new families. */
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
  {
    errorText:
      "Ciao, quando clicco Connetti account Gmail ottengo «Errore 403: org_internal». Dettagli richiesta: redirect_uri=http://localhost:8069/google_gmail/confirm",
    lang: "it",
  },
  {
    errorText:
      "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=https://erp.acme.com/google_account/authentication flowName=GeneralOAuthFlow",
  },
  { errorText: "535-5.7.8 Username and Password not accepted. For more information, go to" },
  {
    errorText:
      "2024-05-14 08:01:02,113 4242 ERROR odoo odoo.addons.google_gmail.models.google_gmail_mixin: _fetch_gmail_access_token\n{'error': 'invalid_grant', 'error_description': 'Bad Request'}",
  },
];

/** The floor route answers with the diagnosis of the first ticket (2.9 KB, a typical answer). */
export const FLOOR_EVIDENCE: Evidence = BENCH_EVIDENCE[0] ?? {};
