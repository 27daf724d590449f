/**
 * What the live test says about each step, in English and Italian: the "Attempting to …" titles, the
 * outcome sentences and the detail lines. A key missing in either language is a type error.
 */
import { defineMessages } from "../../src/core/i18n.ts";

const en = {
  "title.preflight": "Attempting to check the client ID, secret and redirect URI before contacting Google",
  "title.consent": "Attempting to get your consent at Google (mail, openid and email scopes, offline access)",
  "title.code": "Attempting to receive the authorization code on the redirect URI",
  "title.token": "Attempting to exchange the code for tokens at Google's token endpoint",
  "title.scope": "Attempting to confirm that the token includes {scope}",
  "title.account": "Attempting to confirm that the token belongs to {email}",
  "title.refresh": "Attempting to get a new access token with the refresh token, as Odoo does",
  "title.smtp-connect": "Attempting to connect to {host}:{port} and switch to TLS with STARTTLS",
  "title.smtp-auth": "Attempting to log in to {host} with XOAUTH2 as {email}",
  "title.send": "Attempting to send a test email from {email} to itself",
  "title.cleanup": "Attempting to discard the secrets this test holds",

  "result.pending": "Not started yet.",
  "result.running": "In progress…",
  "result.skipped": "Skipped: an earlier step failed.",
  "result.timeout": "No answer within {seconds} s.",
  "result.google-unavailable": "Google did not answer in time, or answered with a server error.",
  "result.store-unavailable": "Stopped: this companion's run store (Redis) stopped answering.",
  "preflight.passed": "The client ID, the secret and the redirect URI look right.",
  "preflight.warning": "The test goes on, but look at the point below first.",
  "preflight.failed": "This client cannot work with Odoo as it is; fix it before testing.",
  "consent.waiting": "Waiting for you to sign in and allow access at Google.",
  "consent.passed": "You allowed access and Google sent the browser back.",
  "consent.warning": "You allowed access; Google shows your users a warning on the way (see below).",
  "consent.failed": "Google did not ask for or did not give consent.",
  "code.passed": "An authorization code arrived with this test's state.",
  "code.missing": "The browser came back without an authorization code.",
  "token.passed": "Google issued an access token and a refresh token.",
  "token.no-refresh": "Google issued an access token but no refresh token, so Odoo could not stay connected.",
  "token.failed": "Google refused to exchange the code for tokens.",
  "scope.passed": "The token includes {scope}, which SMTP needs.",
  "scope.failed": "The token does not include {scope}: Gmail's SMTP server will refuse it.",
  "scope.unanswered": "Google did not answer the question about the token's scopes.",
  "account.passed": "The token belongs to {email}.",
  "account.mismatch": "The token belongs to {actual}, not to {email}.",
  "account.unknown": "Google did not say which account granted the token.",
  "account.failed": "Google did not answer the question about the token's account.",
  "refresh.passed": "The refresh token works: Google issued a new access token.",
  "refresh.failed": "Google refused the refresh token.",
  "smtp-connect.passed": "Connected to {host}:{port}; STARTTLS succeeded with a valid certificate.",
  "smtp-connect.failed": "Could not open a STARTTLS connection to {host}:{port}.",
  "smtp-auth.passed": "{host} accepted the XOAUTH2 login.",
  "smtp-auth.failed": "{host} refused the XOAUTH2 login.",
  "send.not-requested": "Not requested",
  "send.passed": "{host} accepted the test email; it is in the Sent folder and the inbox of {email}.",
  "send.failed": "The test email was refused.",
  "cleanup.passed": "The client secret, the code and the refresh token are discarded. The grant was not revoked.",

  "detail.redirect-uri": "Redirect URI: {uri}",
  "detail.add-callback":
    "Before you continue, add {uri} to the client's Authorized redirect URIs in Google Cloud (Clients → your client); you may remove it after the test.",
  "detail.odoo-mode":
    "Google will send the browser to Odoo, which answers Forbidden because the state is not its own: that is expected. Copy the whole address from the address bar and paste it here.",
  "detail.paste-error":
    "If Google shows an error instead of asking for consent, paste the error text or the page address here.",
  "detail.practice": "Practice scenario “{scenario}” against the sandbox, as {email}.",
  "detail.finding": "{title}",
  "detail.from-paste": "Read from what you pasted.",
  "detail.scopes": "Scopes granted: {scopes}",
  "detail.refresh-present": "Refresh token: present (kept in this server's memory only).",
  "detail.access-expiry": "The access token is valid for about {minutes} minutes.",
  "detail.account": "Google account: {email}",
  "detail.consent-passed-account":
    "Google let this account through consent, so it is allowed to use the app (a test user, or the app is in production).",
  "detail.test-user": "{email} is a test user of this app.",
  "detail.grant-aged":
    "Practice: on the sandbox's side this authorization is now {days} days old; the access token in hand is untouched, as after a real week.",
  "detail.smtp-fault": "Practice: this run's SMTP server is a faulty copy of Gmail's ({fault}).",
  "detail.fault-armed": "Practice: the sandbox's token endpoint was set to hold its answer (a Google time-out).",
  "detail.server": "Server: {host}:{port}",
  "detail.ca-system": "The certificate was checked against the system's trusted authorities.",
  "detail.ca-sandbox": "The certificate was checked against the sandbox's own authority.",
  "detail.message-id": "Message-ID: {id}",
  "detail.access-kept":
    "The access token stays in memory until {time} (UTC) for test emails, then it is erased with the rest of the run.",
  "detail.not-revoked":
    "Grant not revoked: revoking would also disconnect Odoo if it uses the same client and account.",
  "detail.revoke-by-hand": "To revoke by hand: {connections}, or POST {revokeUrl}?token=…",
  "evidence.missing-field": "{field}: missing from Google's answer",
  "evidence.no-address": "tokeninfo and userinfo named no address",
  "evidence.other-account": "expected {email}; the token belongs to {actual}",
  "evidence.no-code": "no code= in Google's redirect",
  "evidence.no-answer": "{where}: no answer within {ms} ms",
  "evidence.desktop-json": 'client JSON: "installed" (Desktop app)',
  "evidence.not-registered": "{uri} is not among the client's redirect_uris ({registered})",
  "evidence.secret-format": "client secret: unexpected format",
} as const;

export type StepTextKey = keyof typeof en;

const it = {
  "title.preflight": "Tentativo di controllare ID client, segreto e URI di reindirizzamento prima di contattare Google",
  "title.consent": "Tentativo di ottenere il tuo consenso su Google (ambiti mail, openid ed email, accesso offline)",
  "title.code": "Tentativo di ricevere il codice di autorizzazione sull'URI di reindirizzamento",
  "title.token": "Tentativo di scambiare il codice con i token presso l'endpoint dei token di Google",
  "title.scope": "Tentativo di verificare che il token includa {scope}",
  "title.account": "Tentativo di verificare che il token appartenga a {email}",
  "title.refresh": "Tentativo di ottenere un nuovo token di accesso con il token di aggiornamento, come fa Odoo",
  "title.smtp-connect": "Tentativo di connettersi a {host}:{port} e passare a TLS con STARTTLS",
  "title.smtp-auth": "Tentativo di accedere a {host} con XOAUTH2 come {email}",
  "title.send": "Tentativo di inviare un'e-mail di prova da {email} a sé stesso",
  "title.cleanup": "Tentativo di eliminare i segreti conservati da questo test",

  "result.pending": "Non ancora iniziato.",
  "result.running": "In corso…",
  "result.skipped": "Saltato: un passo precedente non è riuscito.",
  "result.timeout": "Nessuna risposta entro {seconds} s.",
  "result.google-unavailable": "Google non ha risposto in tempo, oppure ha risposto con un errore del server.",
  "result.store-unavailable": "Interrotto: l'archivio dei test di questo companion (Redis) ha smesso di rispondere.",
  "preflight.passed": "ID client, segreto e URI di reindirizzamento sembrano corretti.",
  "preflight.warning": "Il test prosegue, ma prima leggi il punto qui sotto.",
  "preflight.failed": "Così com'è, questo client non può funzionare con Odoo: correggilo prima del test.",
  "consent.waiting": "In attesa che tu acceda e consenta l'accesso su Google.",
  "consent.passed": "Hai consentito l'accesso e Google ha rimandato indietro il browser.",
  "consent.warning": "Hai consentito l'accesso; lungo la strada Google mostra un avviso ai tuoi utenti (vedi sotto).",
  "consent.failed": "Google non ha chiesto o non ha concesso il consenso.",
  "code.passed": "È arrivato un codice di autorizzazione con lo state di questo test.",
  "code.missing": "Il browser è tornato senza un codice di autorizzazione.",
  "token.passed": "Google ha emesso un token di accesso e un token di aggiornamento.",
  "token.no-refresh":
    "Google ha emesso un token di accesso ma nessun token di aggiornamento, quindi Odoo non potrebbe restare connesso.",
  "token.failed": "Google ha rifiutato di scambiare il codice con i token.",
  "scope.passed": "Il token include {scope}, necessario per l'SMTP.",
  "scope.failed": "Il token non include {scope}: il server SMTP di Gmail lo rifiuterà.",
  "scope.unanswered": "Google non ha risposto alla domanda sugli ambiti del token.",
  "account.passed": "Il token appartiene a {email}.",
  "account.mismatch": "Il token appartiene a {actual}, non a {email}.",
  "account.unknown": "Google non ha indicato quale account ha concesso il token.",
  "account.failed": "Google non ha risposto alla domanda sull'account del token.",
  "refresh.passed": "Il token di aggiornamento funziona: Google ha emesso un nuovo token di accesso.",
  "refresh.failed": "Google ha rifiutato il token di aggiornamento.",
  "smtp-connect.passed": "Connesso a {host}:{port}; STARTTLS riuscito con un certificato valido.",
  "smtp-connect.failed": "Impossibile aprire una connessione STARTTLS verso {host}:{port}.",
  "smtp-auth.passed": "{host} ha accettato l'accesso XOAUTH2.",
  "smtp-auth.failed": "{host} ha rifiutato l'accesso XOAUTH2.",
  "send.not-requested": "Non richiesto",
  "send.passed":
    "{host} ha accettato l'e-mail di prova; si trova nella posta inviata e nella posta in arrivo di {email}.",
  "send.failed": "L'e-mail di prova è stata rifiutata.",
  "cleanup.passed":
    "Il segreto client, il codice e il token di aggiornamento sono stati eliminati. L'autorizzazione non è stata revocata.",

  "detail.redirect-uri": "URI di reindirizzamento: {uri}",
  "detail.add-callback":
    "Prima di continuare, aggiungi {uri} agli URI di reindirizzamento autorizzati del client in Google Cloud (Client → il tuo client); potrai rimuoverlo dopo il test.",
  "detail.odoo-mode":
    "Google manderà il browser a Odoo, che risponderà Forbidden perché lo state non è il suo: è previsto. Copia l'intero indirizzo dalla barra degli indirizzi e incollalo qui.",
  "detail.paste-error":
    "Se invece di chiedere il consenso Google mostra un errore, incolla qui il testo dell'errore o l'indirizzo della pagina.",
  "detail.practice": "Scenario di prova «{scenario}» sulla sandbox, come {email}.",
  "detail.finding": "{title}",
  "detail.from-paste": "Letto da ciò che hai incollato.",
  "detail.scopes": "Ambiti concessi: {scopes}",
  "detail.refresh-present": "Token di aggiornamento: presente (conservato solo nella memoria di questo server).",
  "detail.access-expiry": "Il token di accesso è valido per circa {minutes} minuti.",
  "detail.account": "Account Google: {email}",
  "detail.consent-passed-account":
    "Google ha lasciato passare questo account al consenso, quindi può usare l'app (è un utente di test, oppure l'app è in produzione).",
  "detail.test-user": "{email} è un utente di test di questa app.",
  "detail.grant-aged":
    "Prova: per la sandbox questa autorizzazione ora ha {days} giorni; il token di accesso già ottenuto resta valido, come dopo una settimana vera.",
  "detail.smtp-fault": "Prova: il server SMTP di questa esecuzione è una copia difettosa di quello di Gmail ({fault}).",
  "detail.fault-armed":
    "Prova: l'endpoint dei token della sandbox è stato impostato per trattenere la risposta (un timeout di Google).",
  "detail.server": "Server: {host}:{port}",
  "detail.ca-system": "Il certificato è stato verificato con le autorità attendibili del sistema.",
  "detail.ca-sandbox": "Il certificato è stato verificato con l'autorità della sandbox.",
  "detail.message-id": "Message-ID: {id}",
  "detail.access-kept":
    "Il token di accesso resta in memoria fino alle {time} (UTC) per le e-mail di prova, poi viene cancellato con il resto del test.",
  "detail.not-revoked":
    "Autorizzazione non revocata: revocarla scollegherebbe anche Odoo, se usa lo stesso client e lo stesso account.",
  "detail.revoke-by-hand": "Per revocarla a mano: {connections}, oppure POST {revokeUrl}?token=…",
  "evidence.missing-field": "{field}: assente nella risposta di Google",
  "evidence.no-address": "tokeninfo e userinfo non indicano alcun indirizzo",
  "evidence.other-account": "atteso {email}; il token appartiene a {actual}",
  "evidence.no-code": "nessun code= nel reindirizzamento di Google",
  "evidence.no-answer": "{where}: nessuna risposta entro {ms} ms",
  "evidence.desktop-json": 'JSON del client: "installed" (app desktop)',
  "evidence.not-registered": "{uri} non è tra i redirect_uris del client ({registered})",
  "evidence.secret-format": "client secret: formato inatteso",
} as const satisfies Record<StepTextKey, string>;

export const stepTexts = defineMessages("live-steps", en, it);

export const stepText = stepTexts.text;
