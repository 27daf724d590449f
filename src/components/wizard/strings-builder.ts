/**
 * The strings of the redirect URI builder, in English and Italian (shared ones: strings.ts). A module of its
 * own so that the island ships only its own text; the `satisfies` clause makes a missing Italian key a type error.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",
  "b.title": "Redirect URI builder",
  "b.url.label": "Odoo URL",
  "b.url.help":
    "The address your users open Odoo with, such as `https://erp.example.com` (with its path, if any), or the name of an odoo.com database, such as `mycompany`. Behind a reverse proxy, the public `https://` address.",
  "b.version.label": "Odoo version",
  "b.sends.label": "What Odoo sends (self-hosted, optional)",
  "b.sends.help":
    "The `web.base.url` system parameter, or the `redirect_uri=` value in the details of Google's error page. Empty: the builder assumes Odoo sends the URI to register.",
  "b.sends.title": "Odoo sends",
  "b.sends.assumed": "The URI to register, once `web.base.url` is set as in the steps below.",
  "b.sends.invalid": "Not an address: paste `web.base.url` (`https://…`) or the `redirect_uri=` value.",
  "b.match": "Odoo sends the URI to register: they match.",
  "b.differ.scheme":
    "They differ: Odoo sends `http://`, and Google accepts only the `https://` address users open. Google answers `redirect_uri_mismatch` until Odoo sends the URI on the right.",
  "b.differ.host":
    "They differ: Odoo sends the host `{host}`, not the one users open. Google answers `redirect_uri_mismatch` until Odoo sends the URI on the right.",
  "b.differ.path":
    "They differ in the path. Google answers `redirect_uri_mismatch` until Odoo sends the URI on the right.",
  "b.next": "Next: make Odoo send the URI to register",
  "b.publicHttp":
    "Google refuses `http://` for a public host, so there is nothing to copy. Type the `https://` address users open; if Odoo itself sends `http://`, paste that under What Odoo sends.",
  "b.version.choose": "Choose…",
  "b.uri.label": "Redirect URI to register",
  "b.uri.empty": "Enter the Odoo URL to see the URI.",
  "b.uri.invalid": "This is not an address Odoo can have: type an `https://` URL or an odoo.com database name.",
  "b.uri.version": "Choose the Odoo version: 16.0–18.0 drop the path `{path}`, 19.0 keeps it.",
  "b.copy": "Copy",
  "b.copied": "Copied.",
  "b.copyFallback": "Copying was blocked: the URI is selected, press Ctrl+C (⌘C on a Mac).",
  "b.checking": "Checking the address…",
  "b.ok": "No problem found: register this URI exactly as shown.",
  "b.problems.one": "1 problem to fix before Google sees it:",
  "b.problems.many": "{count} problems to fix before Google sees them:",
  "b.failed": "The address could not be checked right now. The URI shown is still the one Odoo sends.",
  "b.online": "odoo.com database: Odoo manages `web.base.url` for you.",
  "b.path.dropped":
    "Odoo {version} drops the base path `{path}` and sends the URI at the host's root, so your reverse proxy must pass `/google_gmail/` at the root to Odoo.",
  "b.path.kept": "Odoo 19.0 keeps the base path `{path}`. After an upgrade from 18.0, register this new URI too.",
  "b.self.summary": "Self-hosted Odoo: check and fix web.base.url",
  "b.self.check":
    "Activate developer mode, open Settings → Technical → Parameters → System Parameters and check that `web.base.url` is `{base}`, without a trailing slash.",
  "b.self.freeze":
    "Add the parameter `web.base.url.freeze` with value `True`, so that an admin login from another address no longer overwrites it.",
  "b.self.proxy":
    "Behind a reverse proxy, set `proxy_mode = True` in the Odoo configuration file and make the proxy send `X-Forwarded-Host` and `X-Forwarded-Proto`; otherwise Odoo sends `http://` and the internal host.",
  "b.self.more": "More in Check web.base.url",
  "b.self.base": "your public https:// address",
} as const;

export type BuilderKey = keyof typeof en;

const it = {
  "severity.error": "Errore",
  "severity.warning": "Avviso",
  "severity.info": "Nota",
  "b.title": "Generatore dell'URI di reindirizzamento",
  "b.url.label": "URL di Odoo",
  "b.url.help":
    "L'indirizzo con cui gli utenti aprono Odoo, per esempio `https://erp.example.com` (con il suo percorso, se c'è), oppure il nome di un database odoo.com, per esempio `mycompany`. Dietro un reverse proxy, l'indirizzo pubblico `https://`.",
  "b.version.label": "Versione di Odoo",
  "b.sends.label": "Cosa invia Odoo (self-hosted, facoltativo)",
  "b.sends.help":
    "Il parametro di sistema `web.base.url`, oppure il valore `redirect_uri=` nei dettagli della pagina di errore di Google. Vuoto: il generatore presume che Odoo invii l'URI da registrare.",
  "b.sends.title": "Odoo invia",
  "b.sends.assumed": "L'URI da registrare, una volta impostato `web.base.url` come nei passaggi qui sotto.",
  "b.sends.invalid": "Non è un indirizzo: incolla `web.base.url` (`https://…`) o il valore `redirect_uri=`.",
  "b.match": "Odoo invia l'URI da registrare: coincidono.",
  "b.differ.scheme":
    "Non coincidono: Odoo invia `http://`, e Google accetta solo l'indirizzo `https://` che aprono gli utenti. Google risponde `redirect_uri_mismatch` finché Odoo non invia l'URI a destra.",
  "b.differ.host":
    "Non coincidono: Odoo invia l'host `{host}`, non quello che aprono gli utenti. Google risponde `redirect_uri_mismatch` finché Odoo non invia l'URI a destra.",
  "b.differ.path":
    "Non coincidono nel percorso. Google risponde `redirect_uri_mismatch` finché Odoo non invia l'URI a destra.",
  "b.next": "Prossimo passo: fai inviare a Odoo l'URI da registrare",
  "b.publicHttp":
    "Google rifiuta `http://` per un host pubblico, quindi non c'è nulla da copiare. Scrivi l'indirizzo `https://` che aprono gli utenti; se è Odoo stesso a inviare `http://`, incollalo in Cosa invia Odoo.",
  "b.version.choose": "Scegli…",
  "b.uri.label": "URI di reindirizzamento da registrare",
  "b.uri.empty": "Inserisci l'URL di Odoo per vedere l'URI.",
  "b.uri.invalid":
    "Questo non è un indirizzo che Odoo possa avere: scrivi un URL `https://` o il nome di un database odoo.com.",
  "b.uri.version": "Scegli la versione di Odoo: le 16.0–18.0 scartano il percorso `{path}`, la 19.0 lo mantiene.",
  "b.copy": "Copia",
  "b.copied": "Copiato.",
  "b.copyFallback": "La copia è stata bloccata: l'URI è selezionato, premi Ctrl+C (⌘C su Mac).",
  "b.checking": "Verifica dell'indirizzo…",
  "b.ok": "Nessun problema trovato: registra questo URI esattamente com'è.",
  "b.problems.one": "1 problema da risolvere prima che lo veda Google:",
  "b.problems.many": "{count} problemi da risolvere prima che li veda Google:",
  "b.failed": "Al momento non è possibile verificare l'indirizzo. L'URI mostrato resta quello che Odoo invia.",
  "b.online": "Database odoo.com: `web.base.url` lo gestisce Odoo per te.",
  "b.path.dropped":
    "Odoo {version} scarta il percorso di base `{path}` e invia l'URI alla radice dell'host, quindi il tuo reverse proxy deve inoltrare a Odoo `/google_gmail/` alla radice.",
  "b.path.kept":
    "Odoo 19.0 mantiene il percorso di base `{path}`. Dopo un aggiornamento dalla 18.0, registra anche questo nuovo URI.",
  "b.self.summary": "Odoo self-hosted: controlla e correggi web.base.url",
  "b.self.check":
    "Attiva la modalità sviluppatore, apri Impostazioni → Tecnico → Parametri → Parametri di sistema e controlla che `web.base.url` sia `{base}`, senza barra finale.",
  "b.self.freeze":
    "Aggiungi il parametro `web.base.url.freeze` con valore `True`, così un accesso da amministratore da un altro indirizzo non lo sovrascrive più.",
  "b.self.proxy":
    "Dietro un reverse proxy, imposta `proxy_mode = True` nel file di configurazione di Odoo e fai inviare al proxy `X-Forwarded-Host` e `X-Forwarded-Proto`; altrimenti Odoo invia `http://` e l'host interno.",
  "b.self.more": "Approfondisci in Controlla web.base.url",
  "b.self.base": "il tuo indirizzo pubblico https://",
} as const satisfies Record<BuilderKey, string>;

export const builderStrings = defineMessages("wizard-builder", en, it);
