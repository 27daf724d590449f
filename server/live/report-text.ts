/**
 * Words of the live test's report (Markdown and JSON) and of its test email, in English and Italian.
 * A key missing in either language is a type error.
 */
import { defineMessages } from "../../src/core/i18n.ts";

const en = {
  "report.title": "Live connection test",
  "report.provider": "Provider",
  "report.mode": "Mode",
  "report.account": "Account",
  "report.redirect-uri": "Redirect URI",
  "report.created": "Started",
  "report.expires": "Erased from the server at",
  "report.status": "Status",
  "report.step": "Step",
  "report.result": "Result",
  "report.time": "Time",
  "report.findings": "What to fix",
  "report.fix": "Fix",
  "report.evidence": "Evidence",
  "report.guide": "Guide",
  "report.no-findings": "Nothing to fix: every step that ran passed.",
  "report.not-revoked.heading": "Grant not revoked — how to revoke by hand",
  "report.not-revoked.text":
    "The test did not revoke the authorization it obtained: revoking removes the whole grant of this account to this client, so it would also disconnect Odoo if Odoo uses the same client and account.",
  "report.not-revoked.how":
    "To revoke it by hand, open {connections} and remove the app, or send POST {revokeUrl}?token=… with the refresh token.",
  "report.secrets": "This report contains no client secret, authorization code or token.",
  "provider.google": "Google",
  "provider.sandbox": "Sandbox (practice)",
  "mode.direct": "direct (the companion's callback)",
  "mode.odoo": "Odoo's redirect URI (address pasted back)",
  "status.pending": "pending",
  "status.running": "running",
  "status.waiting": "waiting",
  "status.passed": "passed",
  "status.warning": "warning",
  "status.failed": "failed",
  "status.skipped": "skipped",
  "mail.subject": "Test email from the Gmail ↔ Odoo OAuth companion",
  "mail.body":
    "This email was sent by the live connection test of the Gmail ↔ Odoo OAuth companion, from {email} to itself, through {host} with XOAUTH2 — the way Odoo will send. You can delete it.",
} as const;

export type ReportTextKey = keyof typeof en;

const it = {
  "report.title": "Test di connessione dal vivo",
  "report.provider": "Fornitore",
  "report.mode": "Modalità",
  "report.account": "Account",
  "report.redirect-uri": "URI di reindirizzamento",
  "report.created": "Avviato",
  "report.expires": "Cancellato dal server alle",
  "report.status": "Stato",
  "report.step": "Passo",
  "report.result": "Risultato",
  "report.time": "Tempo",
  "report.findings": "Cosa correggere",
  "report.fix": "Correzione",
  "report.evidence": "Elementi",
  "report.guide": "Guida",
  "report.no-findings": "Niente da correggere: ogni passo eseguito è riuscito.",
  "report.not-revoked.heading": "Autorizzazione non revocata — come revocarla a mano",
  "report.not-revoked.text":
    "Il test non ha revocato l'autorizzazione ottenuta: la revoca elimina l'intera autorizzazione di questo account a questo client, quindi scollegherebbe anche Odoo se Odoo usa lo stesso client e lo stesso account.",
  "report.not-revoked.how":
    "Per revocarla a mano, apri {connections} e rimuovi l'app, oppure invia POST {revokeUrl}?token=… con il token di aggiornamento.",
  "report.secrets": "Questo rapporto non contiene segreti client, codici di autorizzazione né token.",
  "provider.google": "Google",
  "provider.sandbox": "Sandbox (prova)",
  "mode.direct": "diretta (il callback del companion)",
  "mode.odoo": "URI di reindirizzamento di Odoo (indirizzo incollato)",
  "status.pending": "in attesa",
  "status.running": "in corso",
  "status.waiting": "in attesa di consenso",
  "status.passed": "riuscito",
  "status.warning": "avviso",
  "status.failed": "non riuscito",
  "status.skipped": "saltato",
  "mail.subject": "E-mail di prova dal companion OAuth Gmail ↔ Odoo",
  "mail.body":
    "Questa e-mail è stata inviata dal test di connessione dal vivo del companion OAuth Gmail ↔ Odoo, da {email} a sé stesso, tramite {host} con XOAUTH2, come farà Odoo. Puoi eliminarla.",
} as const satisfies Record<ReportTextKey, string>;

export const reportTexts = defineMessages("live-report", en, it);

export const reportText = reportTexts.text;
