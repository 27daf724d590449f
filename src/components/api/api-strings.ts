/**
 * Words of the API reference pages. English texts come from the OpenAPI document itself (the source
 * of truth); Italian translations of those texts are keyed by the English text, so a new or changed
 * description without an Italian twin fails test/unit/api-reference.test.ts.
 */
import type { Lang } from "../../core/lang.ts";

export const labels = {
  en: {
    requestBody: "Request body",
    queryParameters: "Query parameters",
    field: "Field",
    type: "Type",
    description: "Description",
    responses: "Responses",
    status: "Status",
    exampleRequest: "Example request",
    exampleResponse: "Example response (abridged)",
    required: "required",
    upTo: "up to {n} characters",
    items: "list of {type}",
    oneOf: "one of",
    object: "object",
  },
  it: {
    requestBody: "Corpo della richiesta",
    queryParameters: "Parametri della query",
    field: "Campo",
    type: "Tipo",
    description: "Descrizione",
    responses: "Risposte",
    status: "Stato",
    exampleRequest: "Esempio di richiesta",
    exampleResponse: "Esempio di risposta (abbreviato)",
    required: "obbligatorio",
    upTo: "fino a {n} caratteri",
    items: "elenco di {type}",
    oneOf: "uno tra",
    object: "oggetto",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Labels = Record<keyof (typeof labels)["en"], string>;

/** Italian for every summary and description of the OpenAPI document, keyed by the English text. */
export const italianDescriptions: Record<string, string> = {
  "Liveness and version": "Stato e versione",
  "For load balancers and support staff: answers while the server runs, with the running version.":
    "Per i bilanciatori di carico e il supporto: risponde finché il server è attivo, con la versione in esecuzione.",
  "The server is up.": "Il server è attivo.",
  "Diagnose a Gmail ↔ Odoo OAuth problem": "Diagnostica un problema OAuth Gmail ↔ Odoo",
  "Send whatever evidence you have (error text in English or Italian, URLs, the client JSON, Odoo's URL and version, consent facts, SMTP settings). Findings come back most likely root cause first, in English or Italian, each with fix steps and a link into the guide. Secrets are redacted from the echoed evidence and never logged.":
    "Invia tutti gli elementi che hai (testo dell'errore in inglese o in italiano, URL, il JSON del client, URL e versione di Odoo, dati della schermata di consenso, impostazioni SMTP). I risultati arrivano con la causa più probabile per prima, in inglese o in italiano, ciascuno con i passi per risolvere e un link alla guida. I segreti vengono oscurati negli elementi restituiti e non vengono mai registrati.",
  "Ranked findings.": "Risultati ordinati per probabilità.",
  "The body is not valid JSON, a field cannot be used, or no evidence was sent.":
    "Il corpo non è un JSON valido, un campo non è utilizzabile oppure non è stato inviato alcun elemento.",
  "The body is larger than 256 KB.": "Il corpo supera i 256 KB.",
  "The body is not JSON.": "Il corpo non è JSON.",
  "The finding catalog": "Il catalogo dei problemi",
  "Every finding the diagnostics can return, with its severity, fix steps and guide link, in one language.":
    "Ogni problema che la diagnostica può restituire, con gravità, passi per risolvere e link alla guida, in una lingua.",
  "The catalog.": "Il catalogo.",
  "Most likely root cause first.": "La causa più probabile per prima.",
  "Present when no error was found: which evidence would help.":
    "Presente quando non è stato trovato alcun errore: quali elementi aiuterebbero.",
  "Stable id from the catalog.": "Id stabile del catalogo.",
  "Ordered fix steps.": "Passi per risolvere, in ordine.",
  "Link into the guide, same language.": "Link alla guida, nella stessa lingua.",
  "What in the input led here (secrets redacted).": "Cosa, nei dati inviati, ha portato qui (segreti oscurati).",
  "One entry per invalid field (JSON Pointer into the body).":
    "Una voce per ogni campo non valido (JSON Pointer nel corpo).",
  '"en" or "it"; default from Accept-Language, else "en".':
    '"en" o "it"; predefinita da Accept-Language, altrimenti "en".',
  "What the user saw or pasted: a Google error page, an Odoo message or log line, an SMTP reply, a JSON error body.":
    "Ciò che l'utente ha visto o incollato: una pagina di errore di Google, un messaggio o una riga di log di Odoo, una risposta SMTP, un corpo di errore JSON.",
  "Where the browser landed (Google error page, Odoo callback, /web/login?redirect=…).":
    "Dove si è fermato il browser (pagina di errore di Google, callback di Odoo, /web/login?redirect=…).",
  "The redirect URI registered in Google (or the one Odoo sends).":
    "L'URI di reindirizzamento registrato in Google (o quello che invia Odoo).",
  "Odoo's web.base.url (or the address used to reach Odoo).":
    "Il web.base.url di Odoo (o l'indirizzo usato per raggiungere Odoo).",
  "Odoo version, e.g. 17.0, saas~17.2, 18.0+e.": "Versione di Odoo, per esempio 17.0, saas~17.2, 18.0+e.",
  "The downloaded client_secret_*.json, as an object or text (the secret may be redacted).":
    "Il client_secret_*.json scaricato, come oggetto o come testo (il segreto può essere oscurato).",
  "The OAuth client ID, if the JSON is not at hand.": "L'ID client OAuth, se non hai il JSON a portata di mano.",
  "Publishing status of the consent screen (Audience).":
    "Stato di pubblicazione della schermata di consenso (Audience).",
  "User type of the consent screen.": "Tipo di utente della schermata di consenso.",
  "Test users listed on the consent screen.": "Utenti di test elencati nella schermata di consenso.",
  "Extension: the app passed Google's verification.": "Estensione: l'app ha superato la verifica di Google.",
  "The Google account that will send.": "L'account Google che invierà le e-mail.",
  "Personal Gmail account or Google Workspace account.": "Account Gmail personale o account Google Workspace.",
  "Outgoing server host.": "Host del server in uscita.",
  "Outgoing server port.": "Porta del server in uscita.",
  "Connection security: none, TLS (STARTTLS) or SSL/TLS.":
    "Sicurezza della connessione: nessuna, TLS (STARTTLS) o SSL/TLS.",
  "The server's Username (the Gmail address).": "Il nome utente del server (l'indirizzo Gmail).",
  "Authenticate with: Gmail OAuth Authentication (gmail) or username and password (login).":
    "Autentica con: Autenticazione OAuth Gmail (gmail) oppure nome utente e password (login).",
  "Compute and check the redirect URI": "Calcola e controlla l'URI di reindirizzamento",
  "From Odoo's address and version, the exact redirect URI Odoo will send to Google, and every problem with it (http on a public host, localhost or private host, raw IP, documentation placeholder, port).":
    "Dall'indirizzo e dalla versione di Odoo, l'URI di reindirizzamento esatto che Odoo invierà a Google e ogni problema che presenta (http su un host pubblico, localhost o host privato, indirizzo IP, segnaposto della documentazione, porta).",
  "The URI and its problems.": "L'URI e i suoi problemi.",
  "odooUrl is missing or too long.": "odooUrl manca o è troppo lungo.",
  "Odoo's address: a full URL (https://erp.example.com, with or without a path) or an odoo.com database name.":
    "L'indirizzo di Odoo: un URL completo (https://erp.example.com, con o senza percorso) o il nome di un database odoo.com.",
  "The exact redirect URI Odoo sends.": "L'URI di reindirizzamento esatto che Odoo invia.",
  "web.base.url as read from the input.": "Il web.base.url come letto dall'input.",
  "The input was an odoo.com database name.": "L'input era il nome di un database odoo.com.",
  "A path in web.base.url: dropped by Odoo 16.0–18.0, kept by 19.0.":
    "Un percorso in web.base.url: eliminato da Odoo 16.0–18.0, mantenuto dalla 19.0.",
  "Problems with this URI, most likely root cause first.":
    "I problemi di questo URI, con la causa più probabile per prima.",
};

export function localize(lang: Lang, english: string | undefined): string {
  if (!english) return "";
  return lang === "it" ? (italianDescriptions[english] ?? english) : english;
}
