/**
 * Every word of the drawn screens, in English and Italian. Labels that appear on Google's or Odoo's
 * pages are quoted as those pages show them (Odoo's from addons/google_gmail/i18n/it.po; where a label
 * comes from elsewhere, docs/glossary.md says so); `label` is the sentence read out instead of the
 * drawing and `caption` the visible caption. A key missing in either language is a type error.
 */
import { defineMessages, type MessageTable } from "../../core/i18n.ts";

/** The Odoo versions a settings or form drawing can show. */
export type OdooSeries = "16.0" | "17.0" | "18.0" | "19.0";

export const clientForm = defineMessages(
  "illustration.clientForm",
  {
    title: "Create OAuth client ID",
    type: "Application type",
    typeValue: "Web application",
    name: "Name",
    origins: "Authorized JavaScript origins",
    redirects: "Authorized redirect URIs",
    uri: "URIs 1",
    addUri: "+ Add URI",
    create: "Create",
    cancel: "Cancel",
    label:
      "Google Cloud console, Create OAuth client ID form. Application type: Web application (highlighted). Name: Odoo. Authorized JavaScript origins: none. Authorized redirect URIs, URIs 1: https://erp.example.com/google_gmail/confirm (highlighted). Buttons Create and Cancel.",
    caption:
      "Google Auth Platform → Clients → Create client. Highlighted: the type Web application and the redirect URI, your Odoo address followed by /google_gmail/confirm.",
  },
  {
    title: "Crea ID client OAuth",
    type: "Tipo di applicazione",
    typeValue: "Applicazione web",
    name: "Nome",
    origins: "Origini JavaScript autorizzate",
    redirects: "URI di reindirizzamento autorizzati",
    uri: "URI 1",
    addUri: "+ Aggiungi URI",
    create: "Crea",
    cancel: "Annulla",
    label:
      "Console Google Cloud, modulo Crea ID client OAuth. Tipo di applicazione: Applicazione web (evidenziato). Nome: Odoo. Origini JavaScript autorizzate: nessuna. URI di reindirizzamento autorizzati, URI 1: https://erp.example.com/google_gmail/confirm (evidenziato). Pulsanti Crea e Annulla.",
    caption:
      "Google Auth Platform → Client → Crea client. Evidenziati: il tipo Applicazione web e l'URI di reindirizzamento, cioè l'indirizzo del tuo Odoo seguito da /google_gmail/confirm.",
  },
);

export const audience = defineMessages(
  "illustration.audience",
  {
    title: "Audience",
    status: "Publishing status",
    testing: "Testing",
    publish: "Publish app",
    userType: "User type",
    external: "External",
    makeInternal: "Make internal",
    testUsers: "Test users",
    addUsers: "+ Add users",
    user: "sales@example.com",
    label:
      "Google Auth Platform, Audience page. Publishing status: Testing, with the Publish app button (highlighted). User type: External, with Make internal. Test users: the + Add users button (highlighted) and one address, sales@example.com.",
    caption:
      "Google Auth Platform → Audience. Highlighted: the publishing status with its Publish app button, and + Add users, where the sending address goes while the app is in Testing.",
  },
  {
    title: "Pubblico",
    status: "Stato di pubblicazione",
    testing: "Test",
    publish: "Pubblica app",
    userType: "Tipo di utente",
    external: "Esterno",
    makeInternal: "Rendi interno",
    testUsers: "Utenti di test",
    addUsers: "+ Aggiungi utenti",
    user: "vendite@example.com",
    label:
      "Google Auth Platform, pagina Pubblico. Stato di pubblicazione: Test, con il pulsante Pubblica app (evidenziato). Tipo di utente: Esterno, con Rendi interno. Utenti di test: il pulsante + Aggiungi utenti (evidenziato) e un indirizzo, vendite@example.com.",
    caption:
      "Google Auth Platform → Pubblico. Evidenziati: lo stato di pubblicazione con il pulsante Pubblica app e + Aggiungi utenti, dove va l'indirizzo di invio finché l'app è in Test.",
  },
);

export const unverified = defineMessages(
  "illustration.unverified",
  {
    title: "Google hasn't verified this app",
    body: "The app is requesting access to sensitive info in your Google Account. Until the developer (admin@example.com) verifies this app with Google, you shouldn't use it.",
    advanced: "Advanced",
    back: "Back to safety",
    advancedBody: "Continue only if you understand the risks and trust the developer (admin@example.com).",
    go: "Go to Odoo (unsafe)",
    label:
      "Google's warning page: Google hasn't verified this app. Below the explanation, the Advanced link (highlighted) is open and shows the link Go to Odoo (unsafe) (highlighted); the blue button reads Back to safety.",
    caption:
      "The unverified-app warning of an External app In production. Click Advanced, then Go to ‹app name› (unsafe); the blue button only takes you back.",
  },
  {
    title: "Google non ha verificato questa app",
    body: "L'app richiede l'accesso a informazioni sensibili nel tuo Account Google. Finché lo sviluppatore (admin@example.com) non verifica l'app con Google, non dovresti utilizzarla.",
    advanced: "Avanzate",
    back: "Torna al sicuro",
    advancedBody: "Continua solo se comprendi i rischi e ti fidi dello sviluppatore (admin@example.com).",
    go: "Vai a Odoo (non sicuro)",
    label:
      "Pagina di avviso di Google: Google non ha verificato questa app. Sotto la spiegazione, il link Avanzate (evidenziato) è aperto e mostra il link Vai a Odoo (non sicuro) (evidenziato); il pulsante blu dice Torna al sicuro.",
    caption:
      "L'avviso di app non verificata di un'app Esterna In produzione. Fai clic su Avanzate, poi su Vai a ‹nome app› (non sicuro); il pulsante blu ti riporta solo indietro.",
  },
);

export const mismatch = defineMessages(
  "illustration.mismatch",
  {
    title: "Access blocked: This app's request is invalid",
    body: "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
    developer: "If you're the app developer, see",
    details: "error details",
    code: "Error 400: redirect_uri_mismatch",
    request: "Request details:",
    label:
      "Google's error page: Access blocked: This app's request is invalid. Error 400: redirect_uri_mismatch. The error details link (highlighted) is open and shows Request details: redirect_uri=http://erp.example.com/google_gmail/confirm (highlighted) flowName=GeneralOAuthFlow.",
    caption:
      "The redirect_uri_mismatch page with its error details open. The highlighted redirect_uri= value is exactly what Odoo sent: here http:// instead of https://.",
  },
  {
    title: "Accesso bloccato: la richiesta di questa app non è valida",
    body: "Non puoi accedere a questa app perché non è conforme alle norme OAuth 2.0 di Google.",
    developer: "Se sei lo sviluppatore dell'app, consulta i",
    details: "dettagli dell'errore",
    code: "Errore 400: redirect_uri_mismatch",
    request: "Dettagli della richiesta:",
    label:
      "Pagina di errore di Google: Accesso bloccato: la richiesta di questa app non è valida. Errore 400: redirect_uri_mismatch. Il link dettagli dell'errore (evidenziato) è aperto e mostra Dettagli della richiesta: redirect_uri=http://erp.example.com/google_gmail/confirm (evidenziato) flowName=GeneralOAuthFlow.",
    caption:
      "La pagina redirect_uri_mismatch con i dettagli dell'errore aperti. Il valore evidenziato dopo redirect_uri= è esattamente quello che ha inviato Odoo: qui http:// invece di https://.",
  },
);

export const gmailSettings = defineMessages(
  "illustration.gmailSettings",
  {
    settings: "General Settings",
    discuss: "Discuss",
    emails: "Emails",
    custom16: "Custom Email Servers",
    custom17: "Use Custom Email Servers",
    outgoing16: "Outgoing Email Servers",
    outgoing17: "Outgoing Email Servers",
    gmail16: "Gmail Credentials",
    gmail17: "Use a Gmail Server",
    id: "ID",
    secret: "Secret",
    save: "Save",
    ticked: "ticked",
    idValue: "123456789012-abc…xyz.apps.googleusercontent.com",
    label:
      "Odoo {version}, {settings}, section {section}. {custom}: {ticked}, with the link {outgoing}. {gmail}: {ticked}, with the fields ID and Secret (highlighted). Save button.",
    caption:
      "Odoo {version}: Settings → {settings} → {section}. Highlighted: ID and Secret, where the client ID and the client secret go; then Save.",
  },
  {
    settings: "Impostazioni generali",
    discuss: "Comunicazioni",
    emails: "E-mail",
    custom16: "Server e-mail personalizzati",
    custom17: "Utilizza server e-mail personalizzati",
    outgoing16: "Server e-mail in uscita",
    outgoing17: "Server posta in uscita",
    gmail16: "Credenziali Gmail",
    gmail17: "Utlizza server Gmail",
    id: "ID",
    secret: "Secret",
    save: "Salva",
    ticked: "spuntato",
    idValue: "123456789012-abc…xyz.apps.googleusercontent.com",
    label:
      "Odoo {version}, {settings}, sezione {section}. {custom}: {ticked}, con il link {outgoing}. {gmail}: {ticked}, con i campi ID e Secret (evidenziati). Pulsante Salva.",
    caption:
      "Odoo {version}: Impostazioni → {settings} → {section}. Evidenziati: ID e Secret, dove vanno l'ID client e il client secret; poi Salva.",
  },
);

export const mailServer = defineMessages(
  "illustration.mailServer",
  {
    name: "Name",
    nameValue: "Gmail sales",
    auth: "Authenticate with",
    authLogin: "Username",
    authGmail: "Gmail OAuth Authentication",
    user: "Username",
    userValue: "sales@example.com",
    password: "Password",
    host: "SMTP Server",
    port: "SMTP Port",
    security: "Connection Encryption",
    connect: "Connect your Gmail account",
    badge: "Gmail Token Valid",
    cog: "Edit Settings",
    test: "Test Connection",
    beforeLabel:
      "Odoo outgoing mail server form, not yet connected. Name: Gmail sales. Authenticate with: Gmail OAuth Authentication (highlighted). Username: sales@example.com (highlighted). Password: empty. SMTP Server smtp.gmail.com, SMTP Port 587, Connection Encryption TLS (STARTTLS), filled in by Odoo. Button Connect your Gmail account (highlighted).",
    beforeCaption:
      "Before connecting: choose Gmail OAuth Authentication, enter the sending address as Username, leave Password empty, then click Connect your Gmail account. Odoo fills in host, port and encryption.",
    afterLabel:
      "The same form after Google sent the browser back: the green badge Gmail Token Valid and a cog icon, Edit Settings (highlighted), replace the connect button; the Test Connection button is highlighted.",
    afterCaption:
      "After connecting: the green Gmail Token Valid badge only means a token is stored. The cog authorizes again; Test Connection tells whether sending works.",
  },
  {
    name: "Nome",
    nameValue: "Gmail vendite",
    auth: "Autentica con",
    authLogin: "Nome utente",
    authGmail: "Autenticazione OAuth Gmail",
    user: "Nome utente",
    userValue: "vendite@example.com",
    password: "Password",
    host: "Server SMTP",
    port: "Porta SMTP",
    security: "Crittografia connessione",
    connect: "Connetti account Gmail",
    badge: "Token Gmail valido",
    cog: "Modifica impostazioni",
    test: "Prova Connessione",
    beforeLabel:
      "Modulo del server di posta in uscita di Odoo, non ancora collegato. Nome: Gmail vendite. Autentica con: Autenticazione OAuth Gmail (evidenziato). Nome utente: vendite@example.com (evidenziato). Password: vuota. Server SMTP smtp.gmail.com, Porta SMTP 587, Crittografia connessione TLS (STARTTLS), compilati da Odoo. Pulsante Connetti account Gmail (evidenziato).",
    beforeCaption:
      "Prima del collegamento: scegli Autenticazione OAuth Gmail, scrivi l'indirizzo di invio in Nome utente, lascia vuota la Password e fai clic su Connetti account Gmail. Host, porta e crittografia li compila Odoo.",
    afterLabel:
      "Lo stesso modulo dopo il ritorno da Google: il badge verde Token Gmail valido e l'icona a ingranaggio Modifica impostazioni (evidenziata) sostituiscono il pulsante di collegamento; il pulsante Prova Connessione è evidenziato.",
    afterCaption:
      "Dopo il collegamento: il badge verde Token Gmail valido dice solo che un token è salvato. L'ingranaggio autorizza di nuovo; Prova Connessione dice se l'invio funziona.",
  },
);

export const systemParameters = defineMessages(
  "illustration.systemParameters",
  {
    path: "Settings → Technical → Parameters → System Parameters",
    key: "Key",
    value: "Value",
    label:
      "Odoo System Parameters list, in developer mode. Rows: web.base.url = https://erp.example.com (highlighted), web.base.url.freeze = True (highlighted), google_gmail_client_id = the client ID.",
    caption:
      "Developer mode, Settings → Technical → Parameters → System Parameters. Highlighted: web.base.url, the public https:// address without a trailing slash, and web.base.url.freeze = True, which stops an admin login from overwriting it.",
  },
  {
    path: "Impostazioni → Tecnico → Parametri → Parametri di sistema",
    key: "Chiave",
    value: "Valore",
    label:
      "Elenco Parametri di sistema di Odoo, in modalità sviluppatore. Righe: web.base.url = https://erp.example.com (evidenziato), web.base.url.freeze = True (evidenziato), google_gmail_client_id = l'ID client.",
    caption:
      "Modalità sviluppatore, Impostazioni → Tecnico → Parametri → Parametri di sistema. Evidenziati: web.base.url, l'indirizzo pubblico in https:// senza barra finale, e web.base.url.freeze = True, che impedisce a un accesso da amministratore di sovrascriverlo.",
  },
);

export const testConnection = defineMessages(
  "illustration.testConnection",
  {
    test: "Test Connection",
    success: "Connection Test Successful!",
    failure: "An error occurred when fetching the access token.",
    close: "Close",
    label:
      "Odoo outgoing mail server form with the Test Connection button (highlighted). Two possible results: a green notification, Connection Test Successful!, or an error dialog, An error occurred when fetching the access token., with a Close button.",
    caption:
      "Test Connection signs in to Gmail and stops before sending. Green: the token works. The error shown here means Google refused the refresh token (Odoo's 17.0–19.0 wording).",
  },
  {
    test: "Prova Connessione",
    success: "Test di connessione riuscito!",
    failure: "Si è verificato un errore durante il recupero del token di accesso.",
    close: "Chiudi",
    label:
      "Modulo del server di posta in uscita di Odoo con il pulsante Prova Connessione (evidenziato). Due esiti possibili: una notifica verde, Test di connessione riuscito!, oppure una finestra di errore, Si è verificato un errore durante il recupero del token di accesso., con il pulsante Chiudi.",
    caption:
      "Prova Connessione accede a Gmail e si ferma prima dell'invio. In verde: il token funziona. L'errore qui mostrato indica che Google ha rifiutato il token di aggiornamento (testi di Odoo 17.0–19.0).",
  },
);

/** Every table above, for the tests that compare the languages and check the drawn pages. */
export const illustrationTexts: Record<string, MessageTable<string>> = {
  clientForm,
  audience,
  unverified,
  mismatch,
  gmailSettings,
  mailServer,
  systemParameters,
  testConnection,
};
