/**
 * Words of the emulated Odoo pages, English and Italian. Odoo's own texts use Odoo's Italian where
 * its it.po ships one (google_gmail, mail, base); the sandbox's banner and page frame are ours.
 */
import { defineMessages } from "../../../src/core/i18n.ts";

export const ODOO_TEXT = defineMessages(
  "sandbox-odoo",
  {
    banner: "Sandbox: emulated Odoo {version} ({name}) — not a real Odoo.",
    "login.title": "Log in",
    "login.email": "Email",
    "login.password": "Password",
    "login.submit": "Log in",
    "login.wrong": "Wrong login/password",
    "form.title": "Outgoing Mail Servers",
    "form.host": "SMTP Server",
    "form.port": "SMTP Port",
    "form.encryption": "Connection Encryption",
    "form.user": "Username",
    "form.auth": "Authenticate with",
    "form.auth-gmail": "Gmail OAuth Authentication",
    "form.auth-login": "Username",
    "form.token-valid": "Gmail Token Valid",
    "form.connect": "Connect your Gmail account",
    "form.setup-credentials": "Setup your Gmail API credentials in the general settings to link a Gmail account.",
    "form.authorization-code": "Authorization Code",
    "form.get-code": "Get an Authorization Code",
    "error.only-admin": "Only the administrator can link a Gmail mail server.",
    "error.credentials": "Please configure your Gmail credentials.",
    "error.encryption":
      'Incorrect Connection Security for Gmail mail server “{name}”. Please set it to "TLS (STARTTLS)".',
    "error.password":
      "Please leave the password field empty for Gmail mail server “{name}”. The OAuth process does not require it",
    "error.auth-16": "An error occur during the authentication process.",
    "error.auth-19": "An error occurred during the authentication process.",
    "error.token": "An error occurred when fetching the access token.",
    "error.mismatch":
      "Oops, you're creating an authorization to send from {login} but your address is {server}. Make sure your addresses match!",
    "error.back": "Go back",
    "error.title": "Odoo",
  },
  {
    banner: "Sandbox: Odoo {version} emulato ({name}) — non è un vero Odoo.",
    "login.title": "Accedi",
    "login.email": "E-mail",
    "login.password": "Password",
    "login.submit": "Accedi",
    "login.wrong": "Login/password errati",
    "form.title": "Server posta in uscita",
    "form.host": "Server SMTP",
    "form.port": "Porta SMTP",
    "form.encryption": "Crittografia connessione",
    "form.user": "Nome utente",
    "form.auth": "Autentica con",
    "form.auth-gmail": "Autenticazione OAuth Gmail",
    "form.auth-login": "Nome utente",
    "form.token-valid": "Token Gmail valido",
    "form.connect": "Connetti account Gmail",
    "form.setup-credentials":
      "Imposta le tue credenziali API di Gmail nelle impostazioni generali per collegare un account Gmail.",
    "form.authorization-code": "Authorization Code",
    "form.get-code": "Ottieni un codice di autorizzazione",
    "error.only-admin": "Solo un amministratore può collegare un server di posta Gmail.",
    "error.credentials": "Configurare le credenziali Gmail.",
    "error.encryption":
      'Sicurezza della connessione non corretta per il server di posta Gmail “{name}”. Impostala su "TLS (STARTTLS)".',
    "error.password":
      "Lascia vuoto il campo password per il server di posta Gmail “{name}”. Il processo OAuth non la richiede",
    "error.auth-16": "Si è verificato un errore durante il processo di autenticazione.",
    "error.auth-19": "Si è verificato un errore durante il processo di autenticazione.",
    "error.token": "Si è verificato un errore durante il recupero del token di accesso.",
    "error.mismatch":
      "Ops, stai creando un'autorizzazione da inviare dall'indirizzo {login} ma il tuo indirizzo è {server}. Assicurati che gli indirizzi corrispondano!",
    "error.back": "Torna indietro",
    "error.title": "Odoo",
  },
);

export type OdooTextKey = Parameters<typeof ODOO_TEXT.text>[1];
