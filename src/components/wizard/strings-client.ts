/**
 * The strings of the client JSON checker, in English and Italian (shared ones: strings.ts). A module
 * of its own so that the island ships only its own text; the `satisfies` clause makes a missing Italian
 * key a type error. `c.<line>.<result>` keys follow client-checks.ts's LineText.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  "c.title": "Client JSON checker",
  "c.help":
    "The `client_secret_….json` file from Google Cloud. It is read here, never uploaded; the secret is never saved.",
  "c.remembered": "Remembered from your last visit",
  "c.empty": "Add the JSON to see the checks.",
  "c.unusable": "Nothing to check: the JSON above cannot be used.",
  "c.summary.pass": "All checks passed.",
  "c.summary.fail": "{count} of {total} checks failed.",
  "c.summary.todo": "No failure so far.",
  "c.type.label": "Client type",
  "c.type.pass": "Web application, as Odoo needs.",
  "c.type.installed": "Desktop app: Odoo needs a Web application client.",
  "c.type.unknown": "No `web` section: not a Web application client.",
  "c.redirect.label": "Redirect URI registered exactly",
  "c.redirect.pass": "`{uri}` is registered.",
  "c.redirect.fail": "`{uri}` is not registered exactly.",
  "c.redirect.trailing-slash": "Registered with a trailing slash: `{registered}`.",
  "c.redirect.close": "Registered instead: `{registered}`.",
  "c.redirect.other": "Registered URIs: {count}, none of them this one.",
  "c.redirect.none": "The client registers no redirect URI.",
  "c.redirect.todo": "Enter the Odoo URL in the builder above to compare.",
  "c.redirect.skip": "A Desktop app client cannot register Odoo's URI.",
  "c.clientId.label": "Client ID format",
  "c.clientId.pass": "In Google's format.",
  "c.clientId.fail": "Not in Google's format `…-….apps.googleusercontent.com`.",
  "c.clientId.missing": "The file has no `client_id`.",
  "c.secret.label": "Client secret format",
  "c.secret.pass": "In Google's format.",
  "c.secret.fail": "Not in Google's format: recent secrets start with `GOCSPX-`.",
  "c.secret.missing": "The file has no `client_secret`.",
  "c.secret.redacted": "Redacted in this file.",
  "c.secret.not-kept": "Never saved: add the file again to check it.",
  "c.origins.label": "JavaScript origins",
  "c.origins.pass": "None, as Odoo needs.",
  "c.origins.info": "Listed: {origins}. Odoo needs none.",
} as const;

export type ClientKey = keyof typeof en;

const it = {
  "c.title": "Verifica del JSON del client",
  "c.help":
    "Il file `client_secret_….json` di Google Cloud. Viene letto qui, mai caricato; il client secret non viene mai salvato.",
  "c.remembered": "Ricordato dalla tua ultima visita",
  "c.empty": "Aggiungi il JSON per vedere i controlli.",
  "c.unusable": "Niente da controllare: il JSON qui sopra non è utilizzabile.",
  "c.summary.pass": "Tutti i controlli sono superati.",
  "c.summary.fail": "Controlli non superati: {count} su {total}.",
  "c.summary.todo": "Nessun errore finora.",
  "c.type.label": "Tipo di client",
  "c.type.pass": "Applicazione web, come serve a Odoo.",
  "c.type.installed": "App desktop: a Odoo serve un client Applicazione web.",
  "c.type.unknown": "Nessuna sezione `web`: non è un client Applicazione web.",
  "c.redirect.label": "URI di reindirizzamento registrato esattamente",
  "c.redirect.pass": "`{uri}` è registrato.",
  "c.redirect.fail": "`{uri}` non è registrato esattamente.",
  "c.redirect.trailing-slash": "Registrato con una barra finale: `{registered}`.",
  "c.redirect.close": "Registrato invece: `{registered}`.",
  "c.redirect.other": "URI registrati: {count}, nessuno è questo.",
  "c.redirect.none": "Il client non registra alcun URI di reindirizzamento.",
  "c.redirect.todo": "Inserisci l'URL di Odoo nel generatore qui sopra per il confronto.",
  "c.redirect.skip": "Un client App desktop non può registrare l'URI di Odoo.",
  "c.clientId.label": "Formato dell'ID client",
  "c.clientId.pass": "Nel formato di Google.",
  "c.clientId.fail": "Non è nel formato di Google `…-….apps.googleusercontent.com`.",
  "c.clientId.missing": "Il file non contiene `client_id`.",
  "c.secret.label": "Formato del client secret",
  "c.secret.pass": "Nel formato di Google.",
  "c.secret.fail": "Non è nel formato di Google: i secret recenti iniziano con `GOCSPX-`.",
  "c.secret.missing": "Il file non contiene `client_secret`.",
  "c.secret.redacted": "Oscurato in questo file.",
  "c.secret.not-kept": "Mai salvato: aggiungi di nuovo il file per verificarlo.",
  "c.origins.label": "Origini JavaScript",
  "c.origins.pass": "Nessuna, come serve a Odoo.",
  "c.origins.info": "Presenti: {origins}. A Odoo non ne serve nessuna.",
} as const satisfies Record<ClientKey, string>;

export const clientStrings = defineMessages("wizard-client-json", en, it);
