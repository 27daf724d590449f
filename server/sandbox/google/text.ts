/**
 * Every string the Google emulator shows, in English and Italian: page texts modelled on Google's own
 * pages (error codes such as `redirect_uri_mismatch` stay in English, as on Google's Italian pages) and
 * the problem details of the sandbox controls. One `defineMessages` table: a missing key in either
 * language is a type error, and the central parity test finds the table by that call.
 */
import { defineMessages, type Params } from "../../../src/core/i18n.ts";
import type { Lang } from "../../../src/core/lang.ts";

const en = {
  "page.title": "Sign in - Google Accounts",
  "page.banner": "Sandbox: an emulation of Google's sign-in pages. Nothing leaves this computer.",
  "chooser.heading": "Choose an account",
  "chooser.subheading": "to continue to {app}",
  "chooser.suggested": "Suggested by the app",
  "warning.heading": "Google hasn't verified this app",
  "warning.body":
    "The app is requesting access to sensitive info in your Google Account. Until the developer ({developer}) verifies this app with Google, you shouldn't use it.",
  "warning.testing-body":
    "You've been given access to an app that's currently being tested. You should only continue if you know the developer that invited you.",
  "warning.advanced": "Advanced",
  "warning.advanced-body": "Continue only if you understand the risks and trust the developer ({developer}).",
  "warning.go-unsafe": "Go to {app} (unsafe)",
  "warning.continue": "Continue",
  "warning.back": "Back to safety",
  "consent.heading": "{app} wants access to your Google Account",
  "consent.account": "Signed in as {email}",
  "consent.select": "Select what {app} can access",
  "consent.allow-list": "This will allow {app} to:",
  "consent.trust-heading": "Make sure you trust {app}",
  "consent.trust":
    "You may be sharing sensitive info with this site or app. You can always see or remove access in your Google Account.",
  "consent.cancel": "Cancel",
  "consent.continue": "Continue",
  "scope.openid": "Associate you with your personal info on Google",
  "scope.email": "See your primary Google Account email address",
  "scope.profile": "See your personal info, including any personal info you've made publicly available",
  "scope.mail": "Read, compose, send, and permanently delete all your email from Gmail",
  "scope.gmail-readonly": "View your email messages and settings",
  "scope.gmail-modify": "Read, compose, and send emails from your Gmail account",
  "scope.gmail-compose": "Manage drafts and send emails",
  "scope.gmail-send": "Send email on your behalf",
  "scope.gmail-insert": "Add emails into your Gmail mailbox",
  "scope.gmail-metadata": "View your email message metadata such as labels and headers, but not the email body",
  "scope.gmail-settings-basic": "See, edit, create, or change your email settings and filters in Gmail",
  "scope.gmail-settings-sharing": "Manage your sensitive mail settings, including who can manage your mail",
  "scope.gmail-labels": "See and edit your email labels",
  "scope.calendar": "See, edit, share, and permanently delete all the calendars you can access using Google Calendar",
  "scope.calendar-readonly": "See and download any calendar you can access using your Google Calendar",
  "scope.calendar-events": "View and edit events on all your calendars",
  "scope.drive": "See, edit, create, and delete all of your Google Drive files",
  "scope.drive-readonly": "See and download all your Google Drive files",
  "scope.drive-file": "See, edit, create, and delete only the specific Google Drive files you use with this app",
  "scope.spreadsheets": "See, edit, create, and delete all your Google Sheets spreadsheets",
  "scope.contacts": "See, edit, download, and permanently delete your contacts",
  "scope.contacts-readonly": "See and download your contacts",
  "scope.cloud-platform":
    "See, edit, configure, and delete your Google Cloud data and see the email address for your Google Account",
  "error.code": "Error {status}: {code}",
  "error.request-details": "Request details: {details}",
  "error.heading.request-invalid": "Access blocked: This app's request is invalid",
  "error.heading.authorization": "Access blocked: Authorization Error",
  "error.heading.not-verified": "Access blocked: {app} has not completed the Google verification process",
  "error.heading.org-internal": "Access blocked: {app} can only be used within its organization",
  "error.description.redirect-uri":
    "The redirect URI in the request, {redirectUri}, does not match the ones authorized for the OAuth client.",
  "error.body.redirect-uri-policy":
    "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
  "error.body.redirect-uri-developer":
    "If you're the app developer, register the redirect URI in the Google Cloud Console.",
  "error.body.secure-policy":
    "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.",
  "error.body.missing-parameter": "Required parameter is missing: {parameter}",
  "error.body.invalid-parameter": "Invalid parameter value for {parameter}: {value}",
  "error.body.invalid-scope": "Some requested scopes were invalid. {scopes}",
  "error.body.client-not-found": "The OAuth client was not found.",
  "error.body.client-deleted": "The OAuth client was deleted.",
  "error.body.not-verified":
    "{app} has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers. If you think you should have access, contact the developer.",
  "error.body.org-internal": "This client is restricted to users within its organization.",
  "error.body.admin-policy":
    "Access to your account data is restricted by policies within your organization. Please contact the administrator for {domain} for more information.",
  "error.body.webview":
    "You can't sign in from this screen because this app doesn't comply with Google's secure browsers policy.",
  "error.body.unreadable": "The details of this error could not be read.",
  "flow.expired.heading": "This sign-in has expired",
  "flow.expired.body": "Start again from the app.",
  "fault.heading": "{status}. That's an error.",
  "fault.body": "There was an error. Please try again later. That's all we know.",
  "problem.unknown-org.title": "Unknown organization",
  "problem.unknown-org.detail": 'The sandbox world has no organization "{name}".',
  "problem.too-large.title": "Request too large",
  "problem.too-large.detail": "The Google sandbox accepts request bodies up to {limit}.",
  "problem.internal.title": "Unexpected error",
  "problem.internal.detail": "The Google sandbox failed while handling this request. Please try again.",
} as const;

export type TextKey = keyof typeof en;

const it = {
  "page.title": "Accedi - Account Google",
  "page.banner": "Sandbox: un'emulazione delle pagine di accesso di Google. Nulla lascia questo computer.",
  "chooser.heading": "Scegli un account",
  "chooser.subheading": "per continuare su {app}",
  "chooser.suggested": "Suggerito dall'app",
  "warning.heading": "Google non ha verificato questa app",
  "warning.body":
    "L'app richiede l'accesso a informazioni sensibili nel tuo Account Google. Finché lo sviluppatore ({developer}) non verifica l'app con Google, non dovresti utilizzarla.",
  "warning.testing-body":
    "Ti è stato concesso l'accesso a un'app attualmente in fase di test. Continua solo se conosci lo sviluppatore che ti ha invitato.",
  "warning.advanced": "Avanzate",
  "warning.advanced-body": "Continua solo se comprendi i rischi e ti fidi dello sviluppatore ({developer}).",
  "warning.go-unsafe": "Vai a {app} (non sicura)",
  "warning.continue": "Continua",
  "warning.back": "Torna al sicuro",
  "consent.heading": "{app} vuole accedere al tuo Account Google",
  "consent.account": "Accesso effettuato come {email}",
  "consent.select": "Seleziona a cosa può accedere {app}",
  "consent.allow-list": "In questo modo {app} potrà:",
  "consent.trust-heading": "Assicurati che {app} sia attendibile",
  "consent.trust":
    "Potresti condividere informazioni sensibili con questo sito o questa app. Puoi sempre vedere o rimuovere l'accesso nel tuo Account Google.",
  "consent.cancel": "Annulla",
  "consent.continue": "Continua",
  "scope.openid": "Associarti alle tue informazioni personali su Google",
  "scope.email": "Visualizzare l'indirizzo email principale del tuo Account Google",
  "scope.profile": "Visualizzare le tue informazioni personali, incluse quelle che hai reso disponibili pubblicamente",
  "scope.mail": "Leggere, scrivere, inviare ed eliminare definitivamente tutte le tue email da Gmail",
  "scope.gmail-readonly": "Visualizzare i tuoi messaggi email e le tue impostazioni",
  "scope.gmail-modify": "Leggere, scrivere e inviare email dal tuo account Gmail",
  "scope.gmail-compose": "Gestire le bozze e inviare email",
  "scope.gmail-send": "Inviare email per tuo conto",
  "scope.gmail-insert": "Aggiungere email nella tua casella di Gmail",
  "scope.gmail-metadata":
    "Visualizzare i metadati dei tuoi messaggi email, come etichette e intestazioni, ma non il corpo del messaggio",
  "scope.gmail-settings-basic":
    "Visualizzare, modificare, creare o cambiare le impostazioni e i filtri della tua posta in Gmail",
  "scope.gmail-settings-sharing": "Gestire le impostazioni sensibili della tua posta, incluso chi può gestirla",
  "scope.gmail-labels": "Visualizzare e modificare le etichette delle tue email",
  "scope.calendar":
    "Visualizzare, modificare, condividere ed eliminare definitivamente tutti i calendari a cui puoi accedere con Google Calendar",
  "scope.calendar-readonly": "Visualizzare e scaricare qualsiasi calendario a cui puoi accedere con Google Calendar",
  "scope.calendar-events": "Visualizzare e modificare gli eventi di tutti i tuoi calendari",
  "scope.drive": "Visualizzare, modificare, creare ed eliminare tutti i tuoi file di Google Drive",
  "scope.drive-readonly": "Visualizzare e scaricare tutti i tuoi file di Google Drive",
  "scope.drive-file":
    "Visualizzare, modificare, creare ed eliminare solo i file di Google Drive che utilizzi con questa app",
  "scope.spreadsheets": "Visualizzare, modificare, creare ed eliminare tutti i tuoi fogli di lavoro di Fogli Google",
  "scope.contacts": "Visualizzare, modificare, scaricare ed eliminare definitivamente i tuoi contatti",
  "scope.contacts-readonly": "Visualizzare e scaricare i tuoi contatti",
  "scope.cloud-platform":
    "Visualizzare, modificare, configurare ed eliminare i tuoi dati di Google Cloud e visualizzare l'indirizzo email del tuo Account Google",
  "error.code": "Errore {status}: {code}",
  "error.request-details": "Dettagli della richiesta: {details}",
  "error.heading.request-invalid": "Accesso bloccato: la richiesta di questa app non è valida",
  "error.heading.authorization": "Accesso bloccato: errore di autorizzazione",
  "error.heading.not-verified": "Accesso bloccato: {app} non ha completato la procedura di verifica di Google",
  "error.heading.org-internal": "Accesso bloccato: {app} può essere usata solo all'interno della sua organizzazione",
  "error.description.redirect-uri":
    "L'URI di reindirizzamento nella richiesta, {redirectUri}, non corrisponde a quelli autorizzati per il client OAuth.",
  "error.body.redirect-uri-policy":
    "Non puoi accedere a questa app perché non è conforme alle norme OAuth 2.0 di Google.",
  "error.body.redirect-uri-developer":
    "Se sei lo sviluppatore dell'app, registra l'URI di reindirizzamento nella console Google Cloud.",
  "error.body.secure-policy":
    "Non puoi accedere a questa app perché non è conforme alle norme OAuth 2.0 di Google per la sicurezza delle app.",
  "error.body.missing-parameter": "Manca un parametro obbligatorio: {parameter}",
  "error.body.invalid-parameter": "Valore non valido per il parametro {parameter}: {value}",
  "error.body.invalid-scope": "Alcuni degli ambiti richiesti non sono validi. {scopes}",
  "error.body.client-not-found": "Il client OAuth non è stato trovato.",
  "error.body.client-deleted": "Il client OAuth è stato eliminato.",
  "error.body.not-verified":
    "{app} non ha completato la procedura di verifica di Google. L'app è attualmente in fase di test e può essere utilizzata solo dai tester approvati dallo sviluppatore. Se ritieni di dover avere accesso, contatta lo sviluppatore.",
  "error.body.org-internal": "Questo client è riservato agli utenti della sua organizzazione.",
  "error.body.admin-policy":
    "L'accesso ai dati del tuo account è limitato dalle norme della tua organizzazione. Per ulteriori informazioni, contatta l'amministratore di {domain}.",
  "error.body.webview":
    "Non puoi accedere da questa schermata perché l'app non è conforme alle norme di Google sui browser sicuri.",
  "error.body.unreadable": "Non è stato possibile leggere i dettagli di questo errore.",
  "flow.expired.heading": "Questo accesso è scaduto",
  "flow.expired.body": "Ricomincia dall'app.",
  "fault.heading": "{status}. Si è verificato un errore.",
  "fault.body": "Si è verificato un errore. Riprova più tardi. Non sappiamo altro.",
  "problem.unknown-org.title": "Organizzazione sconosciuta",
  "problem.unknown-org.detail": 'Il mondo della sandbox non ha l\'organizzazione "{name}".',
  "problem.too-large.title": "Richiesta troppo grande",
  "problem.too-large.detail": "La sandbox Google accetta corpi di richiesta fino a {limit}.",
  "problem.internal.title": "Errore imprevisto",
  "problem.internal.detail": "La sandbox Google non è riuscita a gestire questa richiesta. Riprova.",
} as const satisfies Record<TextKey, string>;

/** The Google emulator's table. */
export const googleSandboxText = defineMessages("sandbox-google", en, it);

/** A text in the given language with `{name}` placeholders filled in. */
export function text(lang: Lang, key: TextKey, params: Params = {}): string {
  return googleSandboxText.text(lang, key, params);
}
