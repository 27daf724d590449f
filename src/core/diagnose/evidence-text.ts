/**
 * The words the engine puts around quoted input in evidence lines ("Odoo sends …; registered: …",
 * "(internal host)"), in English and Italian. Signals carry a phrase key with its parameters; the
 * line is written in the answer's language when findings are merged. Quoted input stays as it is.
 */
import { defineMessages, fill } from "../i18n.ts";
import type { Lang } from "../lang.ts";

const EN = {
  "internal-host": "internal host",
  "no-state": "{url} (no state)",
  "login-before-callback": "{origin}: login asked before {path}",
  "xoauth2-challenge": "334 XOAUTH2 challenge",
  "desktop-json": 'clientSecretJson: "installed" (Desktop app)',
  "secret-format": "client_secret: unexpected format",
  "secret-as-id": "clientId: a client secret (GOCSPX-…) was given as the ID",
  "internal-personal": "userType internal, account {account} (personal Gmail)",
  "personal-gmail": "personal Gmail",
  "test-users-none": "testUsers: none",
  "not-a-test-user": "{email} is not among testUsers",
  "production-unverified": "publishingStatus: production (not verified)",
  "uri-problem": "{label}: {uri} ({reason})",
  "odoo-url-problem": "odooUrl {url} ({reason})",
  "label-sent": "redirect_uri sent",
  "label-registered": "redirect URI",
  "odoo-sends": "Odoo sends {sent}; registered: {registered}",
  none: "none",
  "reason.http-scheme": "http://, not https://",
  "reason.raw-ip": "an IP address",
  "reason.non-public-tld": "not a public domain",
  "reason.single-label-host": "a host without a domain",
  "reason.userinfo": "user:password@ in the address",
  "reason.no-host": "no host",
  "reason.port": "invalid port",
  "reason.scheme": "neither https:// nor http://",
  "reason.googleusercontent": "a googleusercontent.com address",
  "reason.url-shortener": "a URL shortener",
  "reason.fragment": "a # fragment",
  "reason.wildcard": "a * wildcard",
  "reason.path-traversal": "a /../ in the path",
  "reason.encoded-null": "an encoded null",
  "reason.bad-percent-encoding": "a broken %-encoding",
  "reason.whitespace-or-control-characters": "spaces or control characters",
  "reason.not-an-absolute-url": "not an absolute URL",
  "reason.oob": "the out-of-band flow",
  "reason.query-string": "a query string",
  "reason.trailing-slash": "a trailing slash",
  "reason.double-slash": "a double slash",
  "reason.missing-path": "no /google_gmail/confirm path",
  "reason.letter-case": "different letter case",
  "reason.login-route": "the login route instead of the Gmail callback",
  "reason.different-base-path": "another base path",
  "reason.extra-prefix": "an extra path before /google_gmail/confirm",
  "reason.typo": "a typo in the path",
  "reason.other-route": "another route",
  "reason.angle-or-curly-brackets": "brackets left from an example",
  "reason.example-domain": "an example domain",
  "feature-calendar": "{where}: the callback of Odoo's Google Calendar and Google Drive",
  "feature-signin": "{where}: the callback of Sign in with Google (Odoo's login)",
  "feature-text": "{line} (Odoo's Google Calendar, Google Drive or Sign in with Google, not the Gmail server)",
} as const;

export type EvidencePhraseKey = keyof typeof EN;

const IT: Record<EvidencePhraseKey, string> = {
  "internal-host": "host interno",
  "no-state": "{url} (senza state)",
  "login-before-callback": "{origin}: accesso richiesto prima di {path}",
  "xoauth2-challenge": "334 sfida XOAUTH2",
  "desktop-json": 'clientSecretJson: "installed" (app desktop)',
  "secret-format": "client_secret: formato inatteso",
  "secret-as-id": "clientId: è stato indicato un client secret (GOCSPX-…) al posto dell'ID",
  "internal-personal": "userType internal, account {account} (Gmail personale)",
  "personal-gmail": "Gmail personale",
  "test-users-none": "testUsers: nessuno",
  "not-a-test-user": "{email} non è tra i testUsers",
  "production-unverified": "publishingStatus: production (non verificata)",
  "uri-problem": "{label}: {uri} ({reason})",
  "odoo-url-problem": "odooUrl {url} ({reason})",
  "label-sent": "redirect_uri inviato",
  "label-registered": "URI di reindirizzamento",
  "odoo-sends": "Odoo invia {sent}; registrati: {registered}",
  none: "nessuno",
  "reason.http-scheme": "http:// invece di https://",
  "reason.raw-ip": "un indirizzo IP",
  "reason.non-public-tld": "non è un dominio pubblico",
  "reason.single-label-host": "un host senza dominio",
  "reason.userinfo": "utente:password@ nell'indirizzo",
  "reason.no-host": "manca l'host",
  "reason.port": "porta non valida",
  "reason.scheme": "né https:// né http://",
  "reason.googleusercontent": "un indirizzo googleusercontent.com",
  "reason.url-shortener": "un accorciatore di URL",
  "reason.fragment": "un frammento #",
  "reason.wildcard": "un carattere jolly *",
  "reason.path-traversal": "un /../ nel percorso",
  "reason.encoded-null": "un carattere nullo codificato",
  "reason.bad-percent-encoding": "una codifica % non valida",
  "reason.whitespace-or-control-characters": "spazi o caratteri di controllo",
  "reason.not-an-absolute-url": "non è un URL assoluto",
  "reason.oob": "il flusso out-of-band",
  "reason.query-string": "una query string",
  "reason.trailing-slash": "una barra finale",
  "reason.double-slash": "una doppia barra",
  "reason.missing-path": "manca il percorso /google_gmail/confirm",
  "reason.letter-case": "maiuscole e minuscole diverse",
  "reason.login-route": "la route di login al posto del callback Gmail",
  "reason.different-base-path": "un altro percorso di base",
  "reason.extra-prefix": "un percorso in più prima di /google_gmail/confirm",
  "reason.typo": "un errore di battitura nel percorso",
  "reason.other-route": "un'altra route",
  "reason.angle-or-curly-brackets": "parentesi rimaste da un esempio",
  "reason.example-domain": "un dominio di esempio",
  "feature-calendar": "{where}: il callback di Google Calendar e Google Drive di Odoo",
  "feature-signin": "{where}: il callback dell'accesso con Google (login di Odoo)",
  "feature-text": "{line} (Google Calendar, Google Drive o accesso con Google di Odoo, non il server Gmail)",
};

export const EVIDENCE_TEXT = defineMessages("diagnose-evidence", EN, IT);

/** An evidence line to be written in the answer's language. */
export interface EvidencePhrase {
  phrase: EvidencePhraseKey;
  params?: Record<string, string | EvidencePhrase>;
}

export const phrase = (key: EvidencePhraseKey, params?: EvidencePhrase["params"]): EvidencePhrase =>
  params ? { phrase: key, params } : { phrase: key };

/**
 * A rule's reason code as a phrase; a reason without one (a placeholder word such as "yourdbname")
 * is quoted input and stays as it is.
 */
export function reasonPhrase(reason: string): string | EvidencePhrase {
  const key = `reason.${reason}`;
  return key in EN ? phrase(key as EvidencePhraseKey) : reason;
}

export function renderEvidence(evidence: string | EvidencePhrase, lang: Lang): string {
  if (typeof evidence === "string") return evidence;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(evidence.params ?? {})) params[name] = renderEvidence(value, lang);
  return fill(EVIDENCE_TEXT[lang][evidence.phrase], params);
}
