/**
 * When the evidence fits two causes equally well (a bare `535-5.7.8`: a password login or a token of
 * another account), the answer names the one fact that decides, with the cause each answer leads to.
 * The troubleshooting form asks it; support tools can ask it too.
 */
import type { FindingId } from "../findings/ids.ts";
import { defineMessages } from "../i18n.ts";
import type { Lang } from "../lang.ts";

const TEXT = defineMessages(
  "diagnose-questions",
  {
    "smtp-login.fact":
      "How does the outgoing server log in to Gmail? (the Authenticate with field of the mail server in Odoo)",
    "smtp-login.oauth": "Gmail OAuth Authentication",
    "smtp-login.password": "Username and password, or an app password",
    "grant-stage.fact": "When did Google answer invalid_grant?",
    "grant-stage.connect": "Right after allowing access on Google's page, while connecting the account",
    "grant-stage.refresh": "Later, when sending or fetching mail, or on Test Connection",
    "cancel.fact": "On Google's page, was Cancel clicked, or was access allowed?",
    "cancel.cancelled": "Cancel was clicked, or the page was closed",
    "cancel.allowed": "Access was allowed, and then Odoo showed the error",
    "denied.fact": "Where did access_denied appear?",
    "denied.google": "On Google's own page (Error 403: access_denied)",
    "denied.callback": "In the address Odoo opened after Cancel was clicked (error=access_denied)",
    "forbidden.fact": "Which page said Forbidden at /google_gmail/confirm?",
    "forbidden.odoo": "Odoo's plain page: \"You don't have the permission to access the requested resource…\"",
    "forbidden.server":
      "A page of the web server, proxy or firewall (nginx, Apache, Cloudflare, an incident or support ID)",
  },
  {
    "smtp-login.fact": "Come accede a Gmail il server in uscita? (il campo Autentica con del server di posta in Odoo)",
    "smtp-login.oauth": "Autenticazione OAuth Gmail",
    "smtp-login.password": "Nome utente e password, oppure una password per le app",
    "grant-stage.fact": "In quale momento Google ha risposto invalid_grant?",
    "grant-stage.connect": "Subito dopo aver consentito l'accesso nella pagina di Google, durante il collegamento",
    "grant-stage.refresh": "Più tardi, durante l'invio o la ricezione della posta, oppure con Prova Connessione",
    "cancel.fact": "Nella pagina di Google è stato premuto Annulla, oppure l'accesso è stato consentito?",
    "cancel.cancelled": "È stato premuto Annulla, oppure la pagina è stata chiusa",
    "cancel.allowed": "L'accesso è stato consentito, poi Odoo ha mostrato l'errore",
    "denied.fact": "Dove è comparso access_denied?",
    "denied.google": "Nella pagina di Google stessa (Errore 403: access_denied)",
    "denied.callback": "Nell'indirizzo aperto da Odoo dopo aver premuto Annulla (error=access_denied)",
    "forbidden.fact": "Quale pagina ha risposto Forbidden su /google_gmail/confirm?",
    "forbidden.odoo": "La pagina semplice di Odoo: «You don't have the permission to access the requested resource…»",
    "forbidden.server":
      "Una pagina del server web, del proxy o del firewall (nginx, Apache, Cloudflare, un ID di incidente o di supporto)",
  },
);

type TextKey = Parameters<typeof TEXT.text>[1];

interface QuestionSpec {
  fact: TextKey;
  choices: readonly { answer: TextKey; leadsTo: FindingId }[];
}

const QUESTIONS = {
  "smtp-login": {
    fact: "smtp-login.fact",
    choices: [
      { answer: "smtp-login.oauth", leadsTo: "smtp-auth-rejected" },
      { answer: "smtp-login.password", leadsTo: "smtp-password-auth" },
    ],
  },
  "grant-stage": {
    fact: "grant-stage.fact",
    choices: [
      { answer: "grant-stage.connect", leadsTo: "auth-code-invalid" },
      { answer: "grant-stage.refresh", leadsTo: "refresh-token-invalid" },
    ],
  },
  cancel: {
    fact: "cancel.fact",
    choices: [
      { answer: "cancel.cancelled", leadsTo: "consent-cancelled" },
      { answer: "cancel.allowed", leadsTo: "token-fetch-failed" },
    ],
  },
  denied: {
    fact: "denied.fact",
    choices: [
      { answer: "denied.google", leadsTo: "test-user-missing" },
      { answer: "denied.callback", leadsTo: "consent-cancelled" },
    ],
  },
  forbidden: {
    fact: "forbidden.fact",
    choices: [
      { answer: "forbidden.odoo", leadsTo: "odoo-forbidden" },
      { answer: "forbidden.server", leadsTo: "callback-blocked" },
    ],
  },
} as const satisfies Record<string, QuestionSpec>;

export type QuestionKey = keyof typeof QUESTIONS;

export interface Question {
  /** The single fact that decides between the causes. */
  fact: string;
  choices: { answer: string; leadsTo: FindingId }[];
}

/** The findings a question decides between. */
export function questionLeadsTo(key: QuestionKey): FindingId[] {
  return QUESTIONS[key].choices.map((c) => c.leadsTo);
}

export function question(key: QuestionKey, lang: Lang): Question {
  const spec: QuestionSpec = QUESTIONS[key];
  return {
    fact: TEXT.text(lang, spec.fact),
    choices: spec.choices.map((c) => ({ answer: TEXT.text(lang, c.answer), leadsTo: c.leadsTo })),
  };
}

export const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];
export { TEXT as QUESTION_TEXT };
