/**
 * Words of the API reference pages. English texts come from the OpenAPI document itself (the source
 * of truth); Italian translations of those texts are keyed by the English text, so a new or changed
 * description without an Italian twin fails test/unit/api-reference.test.ts.
 */
import type { Lang } from "../../core/lang.ts";

export const labels = {
  en: {
    requestBody: "Request body",
    responseBody: "Response body (200)",
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
    manyValues: "string, one of {n} values",
    object: "object",
  },
  it: {
    requestBody: "Corpo della richiesta",
    responseBody: "Corpo della risposta (200)",
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
    manyValues: "stringa, uno tra {n} valori",
    object: "oggetto",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Labels = Record<keyof (typeof labels)["en"], string>;

/** Italian for every summary and description of the OpenAPI document, keyed by the English text. */
export const italianDescriptions: Record<string, string> = {
  "Check an Odoo instance": "Verifica un'istanza Odoo",
  "Reads what can be known from outside (reachability, certificate, version and edition, whether the Gmail callback route exists, the redirect URI it sends as far as it can be known) and, with an administrator's API key, reads settings and servers with read-only calls: web.base.url and its freeze, whether the Gmail client ID and secret are set (never the secret), the google_gmail module's state and the mail server form stored in the database, every Gmail server, and the last failed emails' reasons, diagnosed. Only public addresses are contacted. The API key is used for this probe only and never stored, logged or echoed.":
    "Legge ciò che si può sapere dall'esterno (raggiungibilità, certificato, versione ed edizione, se esiste la route di ritorno di Gmail, l'URI di reindirizzamento che invia, per quanto si può sapere) e, con la chiave API di un amministratore, legge impostazioni e server con chiamate di sola lettura: web.base.url e il suo blocco, se ID client e secret di Gmail sono impostati (mai il secret), lo stato del modulo google_gmail e il modulo del server di posta salvato nel database, ogni server Gmail e i motivi delle ultime e-mail non riuscite, passati alla diagnostica. Vengono contattati solo indirizzi pubblici. La chiave API serve solo per questa verifica e non viene mai salvata, registrata o restituita.",
  "The checks and findings.": "I controlli e i risultati.",
  "The body is not valid JSON, or the Odoo URL cannot be used.":
    "Il corpo non è un JSON valido oppure l'URL di Odoo non è utilizzabile.",
  "The Odoo URL resolves to an address the probe may not contact, or cannot be resolved.":
    "L'URL di Odoo corrisponde a un indirizzo che la verifica non può contattare, oppure non si risolve.",
  "Too many probes from this client; Retry-After says when to try again.":
    "Troppe verifiche da questo client; Retry-After indica quando riprovare.",
  "Extension: a result of POST /odoo/probe (its odoo and findings parts; other members are ignored). Its findings count as evidence; its Odoo URL and version fill odooUrl and odooVersion when those are not given.":
    "Estensione: un risultato di POST /odoo/probe (le parti odoo e findings; gli altri membri vengono ignorati). I suoi risultati contano come elementi; URL e versione di Odoo completano odooUrl e odooVersion se non sono indicati.",
  "Most likely root cause first, as POST /diagnose.": "La causa più probabile per prima, come in POST /diagnose.",
  "server_version as Odoo gives it.": "server_version come lo fornisce Odoo.",
  "The redirect URI this Odoo sends to Google (from web.base.url when it could be read).":
    "L'URI di reindirizzamento che questo Odoo invia a Google (da web.base.url, se è stato possibile leggerlo).",
  "Stable id of the check.": "Id stabile del controllo.",
  "What was found (secrets never included).": "Che cosa è stato trovato (mai segreti).",
  "The address of the Odoo instance, as its users open it.":
    "L'indirizzo dell'istanza Odoo, come lo aprono i suoi utenti.",
  "Database name; needed when the instance hosts several and does not pick one by host name.":
    "Nome del database; serve quando l'istanza ne ospita più di uno e non lo sceglie dal nome host.",
  "Login of the user the API key belongs to (needed by Odoo 16.0–18.0).":
    "Login dell'utente a cui appartiene la chiave API (richiesto da Odoo 16.0–18.0).",
  "An administrator's API key (Preferences → Account Security → New API Key). Used for this probe only, for read-only calls; never stored, logged or echoed.":
    "La chiave API di un amministratore (Preferenze → Sicurezza account → Nuova chiave API). Usata solo per questa verifica, per chiamate di sola lettura; mai salvata, registrata o restituita.",
  "Liveness and version": "Stato e versione",
  "For load balancers and support staff: answers while the server runs, with the running version.":
    "Per i bilanciatori di carico e il supporto: risponde finché il server è attivo, con la versione in esecuzione.",
  "The server is up.": "Il server è attivo.",
  "Diagnose a Gmail ↔ Odoo OAuth problem": "Diagnostica un problema OAuth Gmail ↔ Odoo",
  "Send whatever evidence you have (error text as pasted, in any language Google's pages come in, URLs, the client JSON, Odoo's URL and version, consent facts, SMTP settings). Findings come back most likely root cause first, in English or Italian, each with fix steps and a link into the guide; primary names the root cause with a confidence, and when two causes fit equally, question names the fact that decides. Secrets are redacted from the echoed evidence and never logged.":
    "Invia tutti gli elementi che hai (il testo dell'errore così come l'hai copiato, in qualsiasi lingua delle pagine di Google, URL, il JSON del client, URL e versione di Odoo, dati della schermata di consenso, impostazioni SMTP). I risultati arrivano con la causa più probabile per prima, in inglese o in italiano, ciascuno con i passi per risolvere e un link alla guida; primary indica la causa principale con la sua confidence e, quando due cause sono ugualmente compatibili, question indica il fatto che decide. I segreti vengono oscurati negli elementi restituiti e non vengono mai registrati.",
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
  "Present when no error was found: which evidence would help, or that what was sent shows a working setup.":
    "Presente quando non è stato trovato alcun errore: quali elementi aiuterebbero, oppure che i dati inviati mostrano una configurazione funzionante.",
  "Stable id from the catalog.": "Id stabile del catalogo.",
  "Findings listed below that this one accounts for (symptoms of this cause).":
    "I risultati elencati più sotto che questo spiega (sintomi di questa causa).",
  "The one root cause, when the evidence points to one: the first finding, with the findings it explains right after it.":
    "L'unica causa principale, quando i dati ne indicano una: il primo risultato, seguito subito dai risultati che spiega.",
  "How directly the evidence shows the primary cause: high when it is stated outright (an error code, a message, the client file), low when another cause fits as well.":
    "Quanto direttamente i dati mostrano la causa principale: high quando è dichiarata esplicitamente (un codice di errore, un messaggio, il file del client), low quando un'altra causa è altrettanto compatibile.",
  "Present when two causes fit the evidence equally: the fact that decides, and where each answer leads.":
    "Presente quando due cause sono ugualmente compatibili con i dati: il fatto che decide e dove porta ciascuna risposta.",
  "The single fact that decides between the causes, as a question.":
    "L'unico fatto che decide tra le cause, in forma di domanda.",
  "The possible answers, each with the cause it leads to.": "Le risposte possibili, ciascuna con la causa a cui porta.",
  "The finding this answer makes the cause.": "Il risultato che questa risposta indica come causa.",
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
  "Start a live connection test": "Avvia un test di connessione dal vivo",
  "Checks the client, then returns the Google authorization URL (PKCE S256, state, offline access, consent, scope https://mail.google.com/ openid email). The run is bound to this browser by an encrypted HttpOnly cookie; the secret stays in memory for at most 15 minutes and is never logged. At most 10 real runs and 40 practice runs per client address (IPv6: per /64) per 10 minutes.":
    "Controlla il client, poi restituisce l'URL di autorizzazione di Google (PKCE S256, state, accesso offline, consenso, ambiti https://mail.google.com/ openid email). Il test è legato a questo browser da un cookie HttpOnly cifrato; il segreto resta in memoria al massimo 15 minuti e non viene mai registrato. Al massimo 10 test reali e 40 esercitazioni per indirizzo client (IPv6: per /64) ogni 10 minuti.",
  "The body did not arrive within 30 seconds.": "Il corpo non è arrivato entro 30 secondi.",
  "The run, waiting for consent (or already failed at preflight).":
    "Il test, in attesa del consenso (oppure già non riuscito al controllo preliminare).",
  "A field is missing or cannot be used.": "Un campo manca o non è utilizzabile.",
  "The request did not come from the companion's own pages.": "La richiesta non proviene dalle pagine del companion.",
  'Provider "sandbox" while the sandbox is off.': 'Fornitore "sandbox" mentre la sandbox è disattivata.',
  "The body is larger than 64 KB.": "Il corpo supera i 64 KB.",
  'A practice scenario with a provider other than "sandbox".':
    'Uno scenario di prova con un fornitore diverso da "sandbox".',
  "Too many runs from this address; see Retry-After.": "Troppi test da questo indirizzo; vedi Retry-After.",
  "The sandbox's Gmail emulator is not running, or the server holds as many unfinished runs as it can.":
    "L'emulatore Gmail della sandbox non è in esecuzione, oppure il server tiene già tutti i test non finiti che può gestire.",
  "Too many streams open for this run (4) or this address (20).":
    "Troppi flussi aperti per questo test (4) o per questo indirizzo (20).",
  "Google's redirect back (direct mode)": "Il ritorno da Google (modalità diretta)",
  "Add this address to the client's authorized redirect URIs for direct mode (you may remove it afterwards). Finishes consent and runs the remaining steps, then redirects to the test page showing the run.":
    "Per la modalità diretta aggiungi questo indirizzo agli URI di reindirizzamento autorizzati del client (potrai rimuoverlo dopo). Conclude il consenso ed esegue i passi rimanenti, poi reindirizza alla pagina del test che mostra il test.",
  "To /live-test/?run=<id>#run (Italian runs: /it/live-test/?run=<id>#run).":
    "Verso /live-test/?run=<id>#run (test in italiano: /it/live-test/?run=<id>#run).",
  "No run with this id belongs to this browser.": "Nessun test con questo id appartiene a questo browser.",
  "The run expired (runs are erased after 15 minutes).":
    "Il test è scaduto (i test vengono cancellati dopo 15 minuti).",
  "A live test run": "Un test dal vivo",
  "The run with every step: status, title, result, details, timing and, on failure, the finding.":
    "Il test con ogni passo: stato, titolo, risultato, dettagli, tempi e, in caso di errore, il problema riscontrato.",
  "The run.": "Il test.",
  "Follow a run as Server-Sent Events": "Segui un test come Server-Sent Events",
  "Each event's data is the whole run as JSON (the same object as GET /live/{id}), sent at once and after every change; the stream ends when the run is final or expires.":
    "I dati di ogni evento sono l'intero test in JSON (lo stesso oggetto di GET /live/{id}), inviati subito e dopo ogni cambiamento; il flusso termina quando il test è concluso o scade.",
  "The event stream.": "Il flusso di eventi.",
  "Paste Google's answer back": "Incolla la risposta di Google",
  "Odoo mode: the address Odoo's Forbidden page shows (also inside /web/login?redirect=…). Any mode: Google's error page, as its address or its text; the consent step then fails with the matching finding.":
    "Modalità Odoo: l'indirizzo mostrato dalla pagina Forbidden di Odoo (anche dentro /web/login?redirect=…). Qualsiasi modalità: la pagina di errore di Google, come indirizzo o come testo; il passo del consenso non riesce allora con il problema corrispondente.",
  "The run, updated; the remaining steps run in the background.":
    "Il test aggiornato; i passi rimanenti vengono eseguiti in background.",
  "Neither url nor text was sent.": "Non è stato inviato né url né text.",
  "The run is no longer waiting for Google's answer.": "Il test non è più in attesa della risposta di Google.",
  "Nothing readable, or the address of another run.": "Niente di leggibile, oppure l'indirizzo di un altro test.",
  "Send a test email to the account itself": "Invia un'e-mail di prova all'account stesso",
  "Sends one message from the tested account to the same account (never to any other address) through the same SMTP login; at most 3 per run.":
    "Invia un messaggio dall'account provato allo stesso account (mai ad altri indirizzi) con lo stesso accesso SMTP; al massimo 3 per test.",
  "The run with the send step's outcome.": "Il test con l'esito del passo di invio.",
  "The XOAUTH2 login has not passed, a send is in progress, or 3 were sent.":
    "L'accesso XOAUTH2 non è riuscito, un invio è in corso, oppure ne sono già stati inviati 3.",
  "The run's report": "Il rapporto del test",
  "JSON or Markdown, in the run's language, with no secret, code or token. It says that the grant was not revoked (revoking would also disconnect Odoo if it shares the client and account) and how to revoke it by hand.":
    "JSON o Markdown, nella lingua del test, senza segreti, codici né token. Dice che l'autorizzazione non è stata revocata (la revoca scollegherebbe anche Odoo se condivide client e account) e come revocarla a mano.",
  "The report.": "Il rapporto.",
  "Where to send the browser for consent.": "Dove mandare il browser per il consenso.",
  "When the run and everything it holds is erased.": "Quando il test e tutto ciò che contiene vengono cancellati.",
  "Test emails this run may still send.": "E-mail di prova che questo test può ancora inviare.",
  "What the step attempts, in the run's language.": "Che cosa tenta il passo, nella lingua del test.",
  "What happened, in the run's language.": "Che cosa è successo, nella lingua del test.",
  "Time the step took; null before it runs.": "Tempo impiegato dal passo; null prima che venga eseguito.",
  "Why the step failed or warns, with fix steps.":
    "Perché il passo non è riuscito o avvisa, con i passi per risolvere.",
  'Google itself, or the local sandbox ("sandbox", only when the server runs it).':
    'Google stesso, oppure la sandbox locale ("sandbox", solo quando il server la esegue).',
  "The OAuth client ID (or give clientSecretJson).": "L'ID client OAuth (oppure fornisci clientSecretJson).",
  "The client secret; kept in this server's memory for at most 15 minutes, never logged.":
    "Il segreto client; conservato nella memoria di questo server al massimo 15 minuti, mai registrato.",
  "The downloaded client_secret_*.json, as an object or text, instead of ID and secret.":
    "Il client_secret_*.json scaricato, come oggetto o come testo, al posto di ID e segreto.",
  "The Google account Odoo will send from.": "L'account Google da cui Odoo invierà.",
  "direct: Google returns to this companion's /api/live/callback. odoo: Google returns to Odoo's redirect URI and you paste the address back.":
    "direct: Google torna a /api/live/callback di questo companion. odoo: Google torna all'URI di reindirizzamento di Odoo e tu incolli qui l'indirizzo.",
  "Odoo's redirect URI (mode odoo).": "L'URI di reindirizzamento di Odoo (modalità odoo).",
  "Sandbox only: a practice scenario; the server picks the sandbox client, secret and account itself.":
    "Solo sandbox: uno scenario di prova; il server sceglie da sé client, segreto e account della sandbox.",
  "The address the browser stopped at (Odoo's Forbidden page, or Google's error page).":
    "L'indirizzo a cui si è fermato il browser (la pagina Forbidden di Odoo, oppure la pagina di errore di Google).",
  "The error text Google showed, if there is no address to paste.":
    "Il testo dell'errore mostrato da Google, se non c'è un indirizzo da incollare.",
};

export function localize(lang: Lang, english: string | undefined): string {
  if (!english) return "";
  return lang === "it" ? (italianDescriptions[english] ?? english) : english;
}
