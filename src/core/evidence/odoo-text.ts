/**
 * Odoo's side in pasted text, English or Italian, plus Odoo's French wording of its three Gmail
 * messages, which customers of French-speaking partners paste too (reference §2–§8): the Forbidden page, the callback's
 * plain-text errors, settings and server-form messages, the 19.0 address check, module states.
 */

import { matchLine, type Signal } from "../diagnose/signal.ts";
import type { FindingId } from "../findings/ids.ts";
import { excerpt } from "../redact.ts";
import { checkOdooState } from "./url-signals.ts";

/** Odoo's `state` as Google's "Request details" print it: `state={"model": …, "id": …, "csrf_token": …}`. */
const STATE_IN_TEXT = /\bstate=(\{[^{}\n]{0,400}\})/;

const RULES: { id: FindingId; pattern: RegExp; boost: number }[] = [
  {
    id: "odoo-forbidden",
    pattern:
      /You don.?t have the permission to access the requested resource|\b403\s*Forbidden\b|^\s*Forbidden\s*$|Only the administrator can link a Gmail mail server|Solo l.amministratore può collegare|non hai (?:il permesso|i permessi) (?:per|di) accedere|^\s*(?:Vietato|Accesso negato)\s*$/im,
    boost: 3,
  },
  {
    id: "odoo-credentials-missing",
    pattern:
      /Please configure your Gmail credentials|Setup your Gmail API credentials|Configura le credenziali Gmail|Imposta le credenziali (?:API )?(?:di )?Gmail|configurer vos identifiants Gmail/i,
    boost: 4,
  },
  {
    id: "email-mismatch",
    pattern:
      /creating an authorization to send from\s+\S+\s+but your address is|Make sure your addresses match|stai creando un.autorizzazione .{0,40}invia|assicurati che gli indirizzi corrispondano/i,
    boost: 5,
  },
  {
    id: "smtp-encryption",
    pattern:
      /Incorrect Connection Security for Gmail|Please set it to .?TLS \(STARTTLS\)|Sicurezza (?:della )?connessione (?:errata|non corretta)|imposta(?:la)? su .?TLS \(STARTTLS\)/i,
    boost: 5,
  },
  {
    id: "token-fetch-failed",
    pattern:
      /An error occurred when fetching the access token|errore durante il recupero del token di accesso|fetching the access token|lors de la récupération du jeton d.accès/i,
    boost: 0,
  },
  {
    id: "consent-cancelled",
    pattern:
      /An error occur(?:red)? during the authentication process|errore durante il processo di autenticazione|pendant le processus d.authentification/i,
    boost: 0,
  },
  {
    id: "odoo-module-outdated",
    pattern:
      /google_gmail[\s\S]{0,80}\bto upgrade\b|\bto upgrade\b[\s\S]{0,80}google_gmail|da aggiornare[\s\S]{0,80}gmail|google_gmail[\s\S]{0,40}da aggiornare/i,
    boost: 4,
  },
  {
    id: "smtp-unreachable",
    pattern: /No response received\. Check server address and port number|Nessuna risposta ricevuta/i,
    boost: 2,
  },
  {
    id: "odoo-version-old",
    pattern:
      /\bauthorization code\b[\s\S]{0,60}\bpaste\b|google_gmail_authorization_code[\s\S]{0,40}(?:required|obbligatorio)/i,
    boost: 0,
  },
];

export function odooTextSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  for (const rule of RULES) {
    const line = matchLine(text, rule.pattern);
    if (line) signals.push({ id: rule.id, evidence: excerpt(line), boost: rule.boost });
  }
  const state = STATE_IN_TEXT.exec(text)?.[1];
  if (state && checkOdooState(state) === "outdated") {
    signals.push({ id: "odoo-module-outdated", evidence: excerpt(`state=${state}`), boost: 5 });
  }
  // Odoo 16–18 answer a failed token exchange at the callback with the same text as a Cancel; when
  // nothing says the user cancelled, the token exchange is as likely.
  if (signals.some((s) => s.id === "consent-cancelled") && !/access_denied/i.test(text)) {
    const cancelled = signals.find((s) => s.id === "consent-cancelled");
    if (cancelled) {
      cancelled.severity = "warning";
      signals.push({ id: "token-fetch-failed", evidence: cancelled.evidence, severity: "warning" });
    }
  }
  return signals;
}
