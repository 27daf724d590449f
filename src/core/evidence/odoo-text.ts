/**
 * Odoo's side in pasted text, English or Italian, plus Odoo's French wording of its three Gmail
 * messages, which customers of French-speaking partners paste too (reference §2–§8): the Forbidden page, the callback's
 * plain-text errors, settings and server-form messages, the 19.0 address check, module states.
 */

import { phrase } from "../diagnose/evidence-text.ts";
import { matchLine, type Signal } from "../diagnose/signal.ts";
import type { FindingId } from "../findings/ids.ts";
import { excerpt } from "../redact.ts";
import { checkOdooState } from "./url-signals.ts";
import { serverPage } from "./web-server-text.ts";

/** Odoo's `state` as Google's "Request details" print it: `state={"model": …, "id": …, "csrf_token": …}`. */
const STATE_IN_TEXT = /\bstate=(\{[^{}\n]{0,400}\})/;

/**
 * Odoo's Forbidden: werkzeug's wording and the not-an-administrator messages of 16.0–19.0 as Odoo ships
 * them in English and Italian (google_gmail's it.po: «Solo l'amministratore può collegare un mail server
 * di Gmail.», later «Solo un amministratore può collegare un server di posta Gmail.»).
 */
const ODOO_FORBIDDEN =
  /You don.?t have the permission to access the requested resource|It is either read-protected or not readable by the server|Only the administrator can link a Gmail mail server|Solo (?:l.|un )amministratore può collegare|non hai (?:il permesso|i permessi) (?:per|di) accedere|not allowed to access '(?:Mail Server|Outgoing Mail Server|Incoming Mail Server)'|\((?:ir\.mail_server|fetchmail\.server)\) records/i;
/** A bare "403 Forbidden" or "Forbidden": Odoo's page, or a proxy's or firewall's, cannot be told apart. */
const BARE_FORBIDDEN =
  /\b403\s*[-–:]?\s*Forbidden\b|^\s*(?:Forbidden|Vietato|Accesso negato|Interdit|Prohibido|Verboten)\s*$/im;

const RULES: { id: FindingId; pattern: RegExp; boost: number }[] = [
  {
    id: "odoo-credentials-missing",
    pattern:
      /Please configure your Gmail credentials|Setup your Gmail API credentials|Configura(?:re)? le (?:tue )?credenziali (?:API )?(?:di )?Gmail|Imposta le (?:tue )?credenziali (?:API )?(?:di )?Gmail|configurer vos identifiants Gmail|(?:credenciales|credenciais) (?:de |do )?(?:la API de |da API do )?Gmail|Gmail[- ](?:API-)?Anmeldedaten/i,
    boost: 4,
  },
  {
    id: "email-mismatch",
    pattern:
      /creating an authorization to send from\s+\S+\s+but your address is|Make sure your addresses match|stai creando un.autorizzazione .{0,40}invia|ma il tuo indirizzo è|assicurati che (?:i tuoi |gli )?indirizzi corrispondano/i,
    boost: 5,
  },
  {
    // Odoo refuses a password on a Gmail OAuth server: someone is setting one up for a password login.
    id: "smtp-password-auth",
    pattern:
      /Please leave the password field empty for Gmail mail server|lascia(?:re)? vuoto il campo (?:della )?password/i,
    boost: 3,
  },
  {
    id: "smtp-encryption",
    pattern:
      /Incorrect Connection Security for Gmail|Please set it to .?TLS \(STARTTLS\)|Sicurezza (?:della )?connessione (?:errata|non corretta)|imposta(?:la)? su .?TLS \(STARTTLS\)/i,
    boost: 5,
  },
  {
    // Google's token answer had no refresh token, and Odoo stopped with a KeyError (an HTTP 500).
    id: "token-fetch-failed",
    pattern: /KeyError: '(?:refresh_token|access_token)'/,
    boost: 2,
  },
  {
    id: "token-fetch-failed",
    pattern:
      /An error occurred when fetching the access token|errore durante il recupero del token di accesso|fetching the access token|lors de la récupération du jeton d.accès|(?:error|erro|Fehler)[^.\n]{0,40}(?:token de acceso|token de acesso|Zugriffstokens?)|(?:token de acceso|token de acesso|Zugriffstokens?)[^.\n]{0,40}(?:error|erro|Fehler)/i,
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
    pattern:
      /No response received\. Check server address and port number|Nessuna risposta ricevuta|Aucune réponse reçue/i,
    boost: 2,
  },
  {
    id: "odoo-version-old",
    pattern:
      /\bauthorization code\b[\s\S]{0,60}\bpaste\b|google_gmail_authorization_code[\s\S]{0,40}(?:required|obbligatorio)/i,
    boost: 0,
  },
];

function forbiddenSignals(text: string): Signal[] {
  const wording = matchLine(text, ODOO_FORBIDDEN);
  if (wording) return [{ id: "odoo-forbidden", evidence: excerpt(wording), boost: 3 }];
  const page = serverPage(text);
  if (page?.signed) return [];
  const bare = matchLine(text, BARE_FORBIDDEN);
  if (!bare) return [];
  const evidence = excerpt(bare);
  return [
    { id: "odoo-forbidden", evidence, boost: 3, ask: "forbidden" },
    { id: "callback-blocked", evidence, severity: "warning", alternative: true },
  ];
}

export function odooTextSignals(text: string): Signal[] {
  const signals: Signal[] = forbiddenSignals(text);
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
      cancelled.ask = "cancel";
      signals.push({ id: "token-fetch-failed", evidence: cancelled.evidence, severity: "warning", alternative: true });
    }
  }
  return signals;
}

/** Odoo's other Google features named in text (module paths in a traceback, settings, menu names). */
const OTHER_FEATURE_TEXT =
  /\bgoogle_calendar\b|\bgoogle_drive\b|\/google_account\/|\bauth_oauth\b|\bGoogle Calendar\b|\bGoogle Drive\b|\bOAuth Providers?\b|\bFornitori OAuth\b|\bCalendario (?:di )?Google\b/i;
/** Anything about the Gmail mail server: then the other feature is only mentioned in passing. */
const GMAIL_TEXT = /gmail|\bsmtp\b|XOAUTH2|mail server|server di posta|ir\.mail_server|fetchmail|\bIMAP\b/i;

/** Text about Odoo's Google Calendar, Drive or Sign in with Google, and not about the Gmail server. */
export function otherFeatureTextSignals(text: string): Signal[] {
  const line = matchLine(text, OTHER_FEATURE_TEXT);
  if (!line || GMAIL_TEXT.test(text)) return [];
  return [{ id: "other-odoo-google-feature", evidence: phrase("feature-text", { line: excerpt(line, 160) }) }];
}
